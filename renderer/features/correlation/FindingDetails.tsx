import type { FindingCorrelation, Label } from '../../../shared/correlation/output.ts';
import { describeFinding } from '../../../shared/domain/describe.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import type { LabelOverride } from '../../../shared/ipc/channels/case-view.ts';
import { FindingFacts, FindingReasons } from './FindingReasons.tsx';
import { LabelChip } from './LabelChip.tsx';
import { OverrideForm } from './OverrideForm.tsx';

interface Props {
  finding: Finding;
  result: FindingCorrelation;
  override: LabelOverride | undefined;
  ruleset: string;
  focusOverride: boolean;
  onOverride(label: Label, reason: string): void;
  onClearOverride(): void;
  onClose(): void;
}

/** Why a finding got its label: every reason with the evidence it cites, figures and citations; the override beside it. */
export function FindingDetails({ finding, result, override, ruleset, focusOverride, onOverride, onClearOverride, onClose }: Props) {
  return (
    <section className="finding-details" data-testid="finding-details" aria-label={`Why: ${describeFinding(finding)}`}>
      <header className="editor-header">
        <strong>
          {finding.level} · {describeFinding(finding)}
        </strong>
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          Back <kbd>Esc</kbd>
        </button>
      </header>
      <div className="label-line">
        <span className="muted">Computed</span> <LabelChip label={result.label} long struck={override !== undefined} />
        {override && (
          <>
            <span className="muted">Override</span> <LabelChip label={override.label} long />
          </>
        )}
        <span className="muted">confidence {result.confidence}</span>
      </div>
      <FindingFacts result={result} />
      <OverrideForm
        key={finding.id}
        computed={result.label}
        override={override}
        ruleset={ruleset}
        focusOnOpen={focusOverride}
        onSave={onOverride}
        onClear={onClearOverride}
      />
      <FindingReasons result={result} />
    </section>
  );
}
