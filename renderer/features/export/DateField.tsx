import { useEffect, useState } from 'react';
import { readDateText } from './date-text.ts';

/** The bound a text sets: its day, or none while it is empty or not yet a date (the field then shows it is not). */
function boundOf(text: string): string | undefined {
  const read = readDateText(text);
  return read.kind === 'date' ? read.iso : undefined;
}

interface Props {
  label: string;
  value: string | undefined;
  onChange(iso: string | undefined): void;
}

/**
 * A date typed as the app shows dates, year first (`2026-12-07`): the browser's own date field
 * shows the machine's locale order (12/07/2026), which readers elsewhere read the other way round.
 */
export function DateField({ label, value, onChange }: Props) {
  const [text, setText] = useState(value ?? '');
  // The filter changed from outside (Clear): show it, unless the text already means it.
  useEffect(() => setText((current) => (boundOf(current) === value ? current : value ?? '')), [value]);
  const read = readDateText(text);
  return (
    <input
      type="text"
      className="date-field"
      aria-label={label}
      aria-invalid={read.kind === 'invalid'}
      title={read.kind === 'invalid' ? 'A date as YYYY-MM-DD, e.g. 2026-03-14' : undefined}
      placeholder="YYYY-MM-DD"
      inputMode="numeric"
      maxLength={10}
      spellCheck={false}
      autoComplete="off"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(boundOf(event.target.value));
      }}
    />
  );
}
