import { RED_FLAG_DEFINITIONS, type RedFlag } from '../../../shared/domain/red-flags.ts';

const GROUP_NAMES: Record<string, string> = {
  'cauda-equina': 'Cauda equina',
  neurological: 'Neurological',
  cancer: 'Cancer',
  infection: 'Infection',
  fracture: 'Fracture',
  inflammatory: 'Inflammatory',
  age: 'Age',
};

interface Props {
  flags: readonly RedFlag[] | undefined;
  onChange(flags: RedFlag[] | null): void;
}

/** The clinical red-flag checklist of case format v1, by group. "None" records that none were present. */
export function RedFlagChecklist({ flags, onChange }: Props) {
  const set = new Set(flags ?? []);
  const groups = [...new Set(RED_FLAG_DEFINITIONS.map((d) => d.group))];
  const toggle = (id: RedFlag) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onChange(RED_FLAG_DEFINITIONS.map((d) => d.id).filter((f) => next.has(f)));
  };
  return (
    <div className="red-flag-checklist" data-testid="red-flag-checklist">
      <div className="section-line">
        <span className="muted">{flags === undefined ? 'Not recorded' : flags.length === 0 ? 'Asked: none' : `${flags.length} present`}</span>
        <button type="button" onClick={() => onChange([])} disabled={flags !== undefined && flags.length === 0}>
          None
        </button>
        <button type="button" onClick={() => onChange(null)} disabled={flags === undefined}>
          Not recorded
        </button>
      </div>
      <div className="flag-groups">
        {groups.map((group) => (
          <fieldset key={group} className="flag-group">
            <legend>{GROUP_NAMES[group] ?? group}</legend>
            {RED_FLAG_DEFINITIONS.filter((d) => d.group === group).map((d) => (
              <label key={d.id} className={set.has(d.id) ? 'checked' : ''}>
                <input type="checkbox" checked={set.has(d.id)} onChange={() => toggle(d.id)} />
                {d.label}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
