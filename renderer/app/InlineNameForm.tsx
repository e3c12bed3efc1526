import { useEffect, useRef, useState } from 'react';
import { messageOf } from './errors.ts';

interface Props {
  className: string;
  inputId: string;
  label: string;
  placeholder: string;
  initial: string;
  /** Said when Save is pressed with nothing typed. */
  emptyMessage: string;
  /** Stores the trimmed name; a rejection is shown beside the field and keeps it open. */
  onSave(name: string): Promise<unknown>;
  /** After a save, or on Cancel / Escape. */
  onClose(): void;
}

/** A one-line name field edited in place, as in the app bar's and the review header's names. */
export function InlineNameForm({ className, inputId, label, placeholder, initial, emptyMessage, onSave, onClose }: Props) {
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  return (
    <form
      className={`${className} editing`}
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = draft.trim();
        if (!trimmed) {
          setError(emptyMessage);
          return;
        }
        onSave(trimmed).then(onClose, (e: unknown) => setError(messageOf(e)));
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <label htmlFor={inputId}>{label}</label>
      <input id={inputId} ref={input} type="text" value={draft} maxLength={200} placeholder={placeholder} onChange={(event) => setDraft(event.target.value)} />
      <button type="submit" className="primary">Save</button>
      <button type="button" onClick={onClose}>Cancel</button>
      {error && <span className="error-text" role="alert">{error}</span>}
    </form>
  );
}
