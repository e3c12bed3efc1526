import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SIDES } from '../../../shared/domain/anatomy.ts';
import { derivedRoot, followDerivedRoot } from '../../../shared/domain/finding-roots.ts';
import { findingTypeMeta, type AttributeMeta } from '../../../shared/domain/finding-types.ts';
import type { Finding } from '../../../shared/domain/findings.ts';
import type { GradingSystemKey } from '../../../shared/domain/grading-systems.ts';
import { DISC_LEVELS, VERTEBRAL_LEVELS, type Level } from '../../../shared/domain/levels.ts';
import { levelExistsIn, type Anatomy } from '../../../shared/ipc/channels/case-view.ts';
import { DraftInput } from '../reading/DraftInput.tsx';
import { Segmented } from '../reading/Segmented.tsx';
import { AttributeField } from './AttributeField.tsx';
import { GradingLegend } from './GradingLegend.tsx';

interface Props {
  finding: Finding;
  anatomy: Anatomy;
  /** Focus the first attribute when the editor opens (it was opened from the keyboard). */
  focusOnOpen: boolean;
  onFocused(): void;
  onChange(finding: Finding): void;
  onClose(): void;
  onRemove(): void;
  onCopy(): void;
  onUndo(): void;
  /** Asks the viewer to place this finding's arrow on the image. */
  onAnchor(): void;
}

function levelOptions(kind: ReturnType<typeof findingTypeMeta>['levelKind'], anatomy: Anatomy): Level[] {
  const discs = DISC_LEVELS.filter((l) => l !== 'T11-T12' && levelExistsIn(anatomy, l));
  const vertebrae = VERTEBRAL_LEVELS.filter((l) => l !== 'T11' && levelExistsIn(anatomy, l));
  if (kind === 'disc') return discs;
  if (kind === 'vertebral') return vertebrae;
  return [...discs, ...vertebrae];
}

function firstGradingSystem(attributes: readonly AttributeMeta[]): GradingSystemKey | null {
  for (const a of attributes) {
    if ((a.kind === 'choice' || a.kind === 'root-compromise') && a.gradingSystem) return a.gradingSystem;
  }
  return null;
}

function isTextField(target: EventTarget): boolean {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && ['text', 'number'].includes(target.type));
}

/**
 * The selected finding's form: only its type's attributes, each saved as it is chosen, with the
 * definitions of the grading system in use beside it. Esc goes back to the level list.
 */
export function FindingEditor({ finding, anatomy, focusOnOpen, onFocused, onChange, onClose, onRemove, onCopy, onUndo, onAnchor }: Props) {
  const meta = findingTypeMeta(finding.type);
  const root = useRef<HTMLElement>(null);
  const [legend, setLegend] = useState<GradingSystemKey | null>(firstGradingSystem(meta.attributes));
  const record = finding as Record<string, unknown>;

  useEffect(() => setLegend(firstGradingSystem(meta.attributes)), [finding.type, meta.attributes]);
  useLayoutEffect(() => {
    if (!focusOnOpen) return;
    const field = root.current?.querySelector('[data-first-attribute]');
    const first = field?.querySelector<HTMLElement>('input:checked') ?? field?.querySelector<HTMLElement>('input, select');
    first?.focus();
    onFocused();
  }, [focusOnOpen, onFocused]);

  const change = (patch: Record<string, unknown>) => {
    const next: Record<string, unknown> = { ...finding, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    onChange(followDerivedRoot(finding, next as Finding));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      (event.target as HTMLElement).blur();
      onClose();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !isTextField(event.target)) {
      event.preventDefault();
      onUndo();
    }
  };

  const gradingValue = legend ? meta.attributes.map((a) => (a.kind === 'root-compromise' && a.gradingSystem === legend ? (record[a.name] as { grade?: string } | undefined)?.grade : a.kind === 'choice' && a.gradingSystem === legend ? record[a.name] : undefined)).find((v) => v !== undefined) : undefined;
  return (
    <section className="finding-editor" aria-label={`${meta.displayName} at ${finding.level}`} data-testid="finding-editor" ref={root} onKeyDown={onKeyDown}>
      <header className="editor-header">
        <strong>{meta.displayName}</strong>
        <span className="muted">{finding.level}</span>
        <span className="spacer" />
        <button type="button" onClick={onAnchor} title="Place this finding's arrow on the image: click it, or T for a crosshair the arrows move and Enter places">
          {finding.anchor ? 'Re-anchor' : 'Anchor on image'}
        </button>
        <button type="button" onClick={onCopy} title="Copy to another level (C)">
          Copy <kbd>C</kbd>
        </button>
        <button type="button" onClick={onRemove} title="Remove (Delete)">
          Remove <kbd>Del</kbd>
        </button>
        <button type="button" onClick={onClose} title="Back to the levels (Esc)">
          Done <kbd>Esc</kbd>
        </button>
      </header>
      <div className="editor-grid">
        <span className="field-label">Level</span>
        <select aria-label="Level" value={finding.level} onChange={(e) => change({ level: e.target.value })} onFocus={() => setLegend(null)}>
          {levelOptions(meta.levelKind, anatomy).map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
        {meta.sided && (
          <>
            <span className="field-label">Side</span>
            <Segmented name={`${finding.id}-side`} label="Side" options={SIDES.map((s) => ({ value: s, label: s }))} value={finding.side} onChange={(side) => change({ side })} testId="field-side" />
          </>
        )}
        {meta.attributes.map((attribute, index) => (
          <div key={attribute.name} className="editor-row" data-first-attribute={index === 0 ? '' : undefined}>
            <span className="field-label">{attribute.label}</span>
            <AttributeField
              attribute={attribute}
              findingId={finding.id}
              value={record[attribute.name]}
              onChange={(value) => change({ [attribute.name]: value })}
              onFocusGrading={(system) => system && setLegend(system)}
              derivedRoot={derivedRoot(finding)}
            />
          </div>
        ))}
        <span className="field-label">Note</span>
        <DraftInput kind="text" label="Note" value={finding.note ?? ''} onCommit={(note) => change({ note: note || undefined })} placeholder="free text" />
      </div>
      {finding.anchor && (
        <p className="muted anchor-line">
          Anchored on image {finding.anchor.sopInstanceUID.slice(-12)} at ({finding.anchor.imagePoint.map((n) => Math.round(n)).join(', ')})
        </p>
      )}
      {legend && <GradingLegend system={legend} value={gradingValue} />}
    </section>
  );
}
