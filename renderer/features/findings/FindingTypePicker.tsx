import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { findingTypeMeta } from '../../../shared/domain/finding-types.ts';
import type { Level } from '../../../shared/domain/levels.ts';
import { pickerKeys } from './picker-keys.ts';
import { matchEntries, parseQuery, type ParsedQuery, type QuickEntry } from './quick-entry.ts';

interface Props {
  level: Level;
  onPick(entry: QuickEntry, parsed: ParsedQuery, query: string): void;
  onCancel(): void;
}

const SHOWN = 8;

/** Add a finding by typing: ↑/↓ choose, Enter adds, Esc cancels. Side and zone words may be typed anywhere. */
export function FindingTypePicker({ level, onPick, onCancel }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const parsed = useMemo(() => parseQuery(query), [query]);
  const matches = useMemo(() => matchEntries(parsed), [parsed]);
  const shown = matches.slice(0, SHOWN);

  useLayoutEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [query]);

  const onKeyDown = pickerKeys(shown.length, setActive, () => {
    const entry = shown[active];
    if (entry) onPick(entry, parsed, query);
  }, onCancel);

  const modifiers = [parsed.side, parsed.zone].filter(Boolean).join(', ');
  return (
    <div className="type-picker" data-testid="finding-type-picker">
      <label className="type-picker-input">
        <span className="muted">Add at {level}</span>
        <input
          ref={input}
          type="text"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={onCancel}
          placeholder="type: l subart extrusion, modic 1, bulge…"
          aria-label={`Finding type at ${level}`}
          role="combobox"
          aria-expanded="true"
          aria-controls="finding-type-options"
          aria-activedescendant={shown[active] ? `type-option-${shown[active].key}` : undefined}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      <ul className="type-picker-options" id="finding-type-options" role="listbox">
        {shown.map((entry, index) => (
          <li
            key={entry.key}
            id={`type-option-${entry.key}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : ''}
            onMouseDown={(e) => {
              e.preventDefault();
              onPick(entry, parsed, query);
            }}
          >
            <span>{entry.name}</span>
            {entry.key !== entry.type && <span className="muted"> · {findingTypeMeta(entry.type).displayName}</span>}
            {modifiers && <span className="muted"> · {modifiers}</span>}
          </li>
        ))}
        {shown.length === 0 && <li className="muted">No finding type matches “{query}”.</li>}
      </ul>
    </div>
  );
}
