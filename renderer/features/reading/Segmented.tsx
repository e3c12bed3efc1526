import type { FocusEvent } from 'react';

export interface SegmentOption<T> {
  value: T;
  label: string;
  title?: string;
}

interface Props<T> {
  /** Unique on the page: the radio group's name. */
  name: string;
  label: string;
  options: readonly SegmentOption<T>[];
  value: T | undefined;
  onChange(value: T | undefined): void;
  /** Adds a "—" choice for "not recorded" (default true). */
  allowUnset?: boolean;
  onFocus?(event: FocusEvent<HTMLFieldSetElement>): void;
  testId?: string;
}

/**
 * A compact choice as native radio buttons drawn as segments: Tab reaches the group, arrow keys
 * choose, so every choice is one or two key presses.
 */
export function Segmented<T extends string | number | boolean>({ name, label, options, value, onChange, allowUnset = true, onFocus, testId }: Props<T>) {
  const all: SegmentOption<T | undefined>[] = allowUnset ? [{ value: undefined, label: '—', title: 'Not recorded' }, ...options] : [...options];
  return (
    <fieldset className="segmented" onFocus={onFocus} data-testid={testId}>
      <legend className="visually-hidden">{label}</legend>
      {all.map((option) => {
        const checked = option.value === value;
        const id = `${name}-${String(option.value ?? 'unset')}`;
        return (
          <label key={id} className={checked ? 'checked' : ''} title={option.title}>
            <input type="radio" name={name} id={id} checked={checked} onChange={() => onChange(option.value)} aria-label={`${label}: ${option.value === undefined ? 'not recorded' : option.label}`} />
            <span>{option.label}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

export const YES_NO: readonly SegmentOption<boolean>[] = [
  { value: true, label: 'yes' },
  { value: false, label: 'no' },
];
