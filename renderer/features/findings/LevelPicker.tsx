import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { pickerKeys } from './picker-keys.ts';
import type { Level } from '../../../shared/domain/levels.ts';

interface Props {
  title: string;
  levels: readonly Level[];
  initial?: Level;
  onPick(level: Level): void;
  onCancel(): void;
}

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Choose a level by typing (`l5s1`, `45`) or with ↑/↓; Enter picks, Esc cancels. */
export function LevelPicker({ title, levels, initial, onPick, onCancel }: Props) {
  const [query, setQuery] = useState('');
  const matches = useMemo(() => levels.filter((l) => squash(l).includes(squash(query)) || squash(l).replace(/[a-z]/g, '').includes(squash(query))), [levels, query]);
  const [active, setActive] = useState(() => Math.max(0, initial ? levels.indexOf(initial) : 0));
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (query) setActive(0);
  }, [query]);

  const onKeyDown = pickerKeys(matches.length, setActive, () => {
    const level = matches[active];
    if (level) onPick(level);
  }, onCancel);

  return (
    <div className="type-picker" data-testid="level-picker">
      <label className="type-picker-input">
        <span className="muted">{title}</span>
        <input ref={input} type="text" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKeyDown} onBlur={onCancel} aria-label={title} role="combobox" aria-expanded="true" aria-controls="level-options" autoComplete="off" spellCheck={false} placeholder="level, e.g. l5s1" />
      </label>
      <ul className="type-picker-options level-options" id="level-options" role="listbox">
        {matches.map((level, index) => (
          <li key={level} role="option" aria-selected={index === active} className={index === active ? 'active' : ''} onMouseDown={(e) => { e.preventDefault(); onPick(level); }}>
            {level}
          </li>
        ))}
      </ul>
    </div>
  );
}
