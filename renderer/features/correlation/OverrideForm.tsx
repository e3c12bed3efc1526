import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { LABELS, LABEL_TEXT, type Label } from '../../../shared/correlation/output.ts';
import type { LabelOverride } from '../../../shared/ipc/channels/case-view.ts';
import { formatTime } from '../../app/format.ts';
import { Segmented } from '../reading/Segmented.tsx';

interface Props {
  computed: Label;
  override: LabelOverride | undefined;
  ruleset: string;
  focusOnOpen: boolean;
  onSave(label: Label, reason: string): void;
  onClear(): void;
}

const OPTIONS = [...LABELS].reverse().map((label) => ({ value: label, label: LABEL_TEXT[label] }));

/** The radiologist's own label with a reason; the computed label stays on record beside it. */
export function OverrideForm({ computed, override, ruleset, focusOnOpen, onSave, onClear }: Props) {
  const [label, setLabel] = useState<Label | undefined>(override?.label);
  const [reason, setReason] = useState(override?.reason ?? '');
  const first = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (focusOnOpen) first.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [focusOnOpen]);

  const submit = (event: Pick<FormEvent, 'preventDefault'>) => {
    event.preventDefault();
    if (label && reason.trim()) onSave(label, reason);
  };
  return (
    <form className="override-form" onSubmit={submit} data-testid="override-form">
      <h4>Override the label</h4>
      {override && (
        <p className="muted">
          Overridden by {override.author} on {formatTime(override.at)}: {LABEL_TEXT[override.label]} — “{override.reason}”. The engine said{' '}
          {LABEL_TEXT[override.computedLabel]} ({override.ruleset}); with the case as it is now ({ruleset}) it says {LABEL_TEXT[computed]}.
        </p>
      )}
      <div ref={first}>
        <Segmented<Label> name="override-label" label="Override label" options={OPTIONS} value={label} onChange={setLabel} allowUnset={false} />
      </div>
      <textarea aria-label="Reason for the override" placeholder="Reason (required)" value={reason} onChange={(e) => setReason(e.target.value)} rows={2}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
        }}
      />
      <div className="section-line">
        <button type="submit" className="primary" disabled={!label || !reason.trim()}>
          Save override <kbd>Ctrl+Enter</kbd>
        </button>
        {override && (
          <button
            type="button"
            onClick={() => {
              // This button goes with the override: the keyboard moves to the label first.
              const group = first.current;
              (group?.querySelector<HTMLInputElement>('input:checked') ?? group?.querySelector<HTMLInputElement>('input'))?.focus();
              onClear();
            }}
          >
            Remove override
          </button>
        )}
      </div>
    </form>
  );
}
