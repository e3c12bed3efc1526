import { SIDES } from '../../../shared/domain/anatomy.ts';
import type { PriorSurgery } from '../../../shared/domain/clinical.ts';
import { DISC_LEVELS, type DiscLevel } from '../../../shared/domain/levels.ts';
import { DraftInput } from '../reading/DraftInput.tsx';

interface Props {
  surgeries: readonly PriorSurgery[] | undefined;
  onChange(surgeries: PriorSurgery[] | null): void;
}

/** Prior spine surgery: level, side, procedure, years ago. "None" records that there was none. */
export function PriorSurgeryList({ surgeries, onChange }: Props) {
  const list = surgeries ?? [];
  const update = (index: number, patch: Partial<PriorSurgery>) => {
    onChange(
      list.map((s, i) => {
        if (i !== index) return s;
        const next: Record<string, unknown> = { ...s, ...patch };
        for (const key of Object.keys(next)) if (next[key] === undefined || next[key] === '') delete next[key];
        return next as PriorSurgery;
      }),
    );
  };
  return (
    <div className="prior-surgery">
      <div className="section-line">
        <span className="muted">{surgeries === undefined ? 'Not recorded' : list.length === 0 ? 'None' : ''}</span>
        <button type="button" onClick={() => onChange([...list, {}])}>
          Add surgery
        </button>
        <button type="button" onClick={() => onChange([])} disabled={surgeries !== undefined && list.length === 0}>
          None
        </button>
      </div>
      {list.map((surgery, index) => (
        <div key={index} className="surgery-row">
          <select aria-label="Surgery level" value={surgery.level ?? ''} onChange={(e) => update(index, { level: (e.target.value || undefined) as DiscLevel | undefined })}>
            <option value="">level</option>
            {DISC_LEVELS.map((level) => (
              <option key={level}>{level}</option>
            ))}
          </select>
          <select aria-label="Surgery side" value={surgery.side ?? ''} onChange={(e) => update(index, { side: (e.target.value || undefined) as PriorSurgery['side'] })}>
            <option value="">side</option>
            {SIDES.map((side) => (
              <option key={side}>{side}</option>
            ))}
          </select>
          <DraftInput kind="text" label="Procedure" value={surgery.procedure ?? ''} placeholder="procedure" onCommit={(procedure) => update(index, { procedure })} />
          <DraftInput kind="number" label="Years ago" value={surgery.yearsAgo === undefined ? '' : String(surgery.yearsAgo)} min={0} placeholder="yrs" onCommit={(text) => update(index, { yearsAgo: text === '' ? undefined : Number(text) })} className="narrow" />
          <button type="button" onClick={() => onChange(list.filter((_, i) => i !== index))} aria-label="Remove this surgery">
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
