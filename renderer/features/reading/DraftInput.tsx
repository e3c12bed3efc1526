import { useEffect, useRef, useState } from 'react';

interface Props {
  kind: 'text' | 'number' | 'textarea';
  label: string;
  value: string;
  /** Called with the typed text when it is committed: on Enter, on leaving the field, or after a pause in typing. */
  onCommit(text: string): void;
  min?: number | undefined;
  max?: number | undefined;
  required?: boolean;
  placeholder?: string;
  /** Milliseconds of no typing before committing; 0 commits only on Enter and blur. */
  debounceMs?: number;
  testId?: string;
  className?: string;
}

function invalidNumber(text: string, min?: number, max?: number): string | null {
  if (text === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n)) return 'a number';
  if (min !== undefined && n < min) return `at least ${min}`;
  if (max !== undefined && n > max) return `at most ${max}`;
  return null;
}

/**
 * A text or number field that keeps what is typed (a draft) and commits it as one edit. A number
 * out of range is shown as such and never sent; a value that changes from outside (undo) replaces
 * the draft unless the field is being edited.
 */
export function DraftInput({ kind, label, value, onCommit, min, max, required, placeholder, debounceMs = 600, testId, className }: Props) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const problem = kind === 'number' ? invalidNumber(draft, min, max) : required && !draft.trim() ? 'required' : null;
  const commit = (text = draft) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const bad = kind === 'number' ? invalidNumber(text, min, max) : required && !text.trim() ? 'required' : null;
    if (bad === null && text !== value) onCommit(text);
  };
  const onChange = (text: string) => {
    editing.current = true;
    setDraft(text);
    if (timer.current) clearTimeout(timer.current);
    if (debounceMs > 0) timer.current = setTimeout(() => commit(text), debounceMs);
  };
  const common = {
    value: draft,
    'aria-label': label,
    'aria-invalid': problem !== null,
    placeholder,
    'data-testid': testId,
    className: `${className ?? ''}${problem ? ' invalid' : ''}`,
    onFocus: () => (editing.current = true),
    onBlur: () => {
      editing.current = false;
      commit();
    },
  };
  return (
    <span className="draft-input">
      {kind === 'textarea' ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={kind === 'number' ? 'number' : 'text'}
          min={min}
          max={max}
          step="any"
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
      {problem && <span className="field-problem">must be {problem}</span>}
    </span>
  );
}
