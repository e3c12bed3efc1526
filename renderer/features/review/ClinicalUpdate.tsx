import { formatTime } from '../../app/format.ts';
import { useEffect, useState } from 'react';
import type { Clinical } from '../../../shared/domain/clinical.ts';
import type { ClinicalChanges } from '../../../shared/ipc/channels/cases.ts';
import type { ReviewView } from '../../../shared/ipc/channels/review.ts';
import { ClinicalPanel } from '../clinical/ClinicalPanel.tsx';
import { CorrelationDiffView } from './CorrelationDiffView.tsx';

function applyLocally(clinical: Clinical, changes: ClinicalChanges): Clinical {
  const next: Record<string, unknown> = { ...clinical };
  for (const [field, value] of Object.entries(changes)) {
    if (value === null) delete next[field];
    else if (value !== undefined) next[field] = value;
  }
  return next as Clinical;
}

interface Props {
  view: ReviewView;
  saving: boolean;
  onChange(changes: ClinicalChanges): void;
}

/**
 * The clinical picture as the physician examined the patient, for this review only: the case and
 * the report signed from it keep theirs. The correlation is recomputed and compared with the one
 * reviewed on every change.
 */
export function ClinicalUpdate({ view, saving, onChange }: Props) {
  const stored = view.clinical?.picture ?? view.document.clinical;
  // Shown at once and built on by the next click, before the saved picture comes back.
  const [shown, setShown] = useState<Clinical>(stored ?? {});
  useEffect(() => {
    if (!saving) setShown(stored ?? {});
  }, [stored, saving]);
  const before = view.basis.kind === 'signed' ? 'as signed' : 'the draft as it stands';
  return (
    <div className="clinical-update" data-testid="clinical-update">
      <p className="review-scope muted">
        New examination findings for this review only: the radiologist&apos;s {view.basis.kind === 'signed' ? 'signed report and its snapshot are' : 'case is'} not changed.
        {view.clinical && ` Updated by ${view.clinical.author}, ${formatTime(view.clinical.at)}.`}
      </p>
      {view.updated ? (
        <CorrelationDiffView diff={view.updated.diff} findings={view.document.findings} before={before} />
      ) : (
        <p className="muted correlation-diff-empty">Change the clinical picture below to see what it changes in the correlation.</p>
      )}
      <ClinicalPanel
        clinical={shown}
        onChange={(changes) => {
          setShown((current) => applyLocally(current, changes));
          onChange(changes);
        }}
      />
    </div>
  );
}
