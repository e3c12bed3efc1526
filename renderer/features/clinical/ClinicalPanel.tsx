import type { Clinical } from '../../../shared/domain/clinical.ts';
import type { ClinicalChanges } from '../../../shared/ipc/channels/cases.ts';
import { DraftInput } from '../reading/DraftInput.tsx';
import { Segmented, YES_NO } from '../reading/Segmented.tsx';
import { DeficitGrid } from './DeficitGrid.tsx';
import { DermatomeMap, type LegSide } from './DermatomeMap.tsx';
import { entryFor, rootsByLeg, setBelowKnee, setLegPain, toggleRoot } from './leg-pain.ts';
import { PriorSurgeryList } from './PriorSurgeryList.tsx';
import { RedFlagChecklist } from './RedFlagChecklist.tsx';
import { startBackRisk } from './startback.ts';

interface Props {
  clinical: Clinical;
  onChange(changes: ClinicalChanges): void;
}

const numberText = (n: number | undefined) => (n === undefined ? '' : String(n));
const numberOrNull = (text: string) => (text === '' ? null : Number(text));

function LegRow({ side, clinical, onChange }: { side: LegSide; clinical: Clinical; onChange(changes: ClinicalChanges): void }) {
  const entry = entryFor(clinical.legPain, side);
  const label = side === 'left' ? 'Left leg' : 'Right leg';
  return (
    <div className="leg-row" data-testid={`leg-${side}`}>
      <label className={entry ? 'checked' : ''}>
        <input type="checkbox" checked={entry !== undefined} onChange={(e) => onChange({ legPain: setLegPain(clinical.legPain, side, e.target.checked) })} />
        {label}
      </label>
      <span className="leg-roots">{entry ? (entry.roots?.length ? entry.roots.join(', ') : 'pattern unclear') : <span className="muted">no pain</span>}</span>
      <span className="muted hint">below knee</span>
      <Segmented name={`below-knee-${side}`} label={`${label} pain below the knee`} options={YES_NO} value={entry?.belowKnee} onChange={(v) => onChange({ legPain: setBelowKnee(clinical.legPain, side, v) })} />
    </div>
  );
}

/**
 * The clinical picture from the request: every field saved as it is entered. "—" means not
 * recorded, which the engine reports as missing rather than guessing.
 */
export function ClinicalPanel({ clinical, onChange }: Props) {
  const risk = startBackRisk(clinical.startBack?.total, clinical.startBack?.distress);
  const legPainRecorded = clinical.legPain === undefined ? undefined : clinical.legPain.length > 0;
  const slr = clinical.straightLegRaise ?? {};
  const setSlr = (side: 'left' | 'right' | 'crossed', value: boolean | undefined) => {
    const next: Record<string, unknown> = { ...slr, [side]: value };
    if (value === undefined) delete next[side];
    onChange({ straightLegRaise: Object.keys(next).length > 0 ? next : null });
  };
  const setStartBack = (field: 'total' | 'distress', value: number | null) => {
    const next: Record<string, unknown> = { ...clinical.startBack, [field]: value ?? undefined };
    if (value === null) delete next[field];
    onChange({ startBack: Object.keys(next).length > 0 ? next : null });
  };

  return (
    <div className="clinical-panel" data-testid="clinical-panel">
      <section className="clinical-section">
        <h3>Symptoms</h3>
        <div className="form-grid">
          <span className="field-label">Duration</span>
          <span className="number-field">
            <DraftInput kind="number" label="Duration in weeks" value={numberText(clinical.durationWeeks)} min={0} max={5200} onCommit={(t) => onChange({ durationWeeks: numberOrNull(t) })} testId="duration-weeks" className="narrow" />
            <span className="muted">weeks</span>
          </span>
          <span className="field-label">Axial (back) pain</span>
          <Segmented name="axial-pain" label="Axial pain" options={YES_NO} value={clinical.axialPain} onChange={(v) => onChange({ axialPain: v ?? null })} />
          <span className="field-label">Neurogenic claudication</span>
          <Segmented name="claudication" label="Neurogenic claudication" options={YES_NO} value={clinical.neurogenicClaudication} onChange={(v) => onChange({ neurogenicClaudication: v ?? null })} />
          <span className="field-label">Leg pain</span>
          <Segmented
            name="leg-pain"
            label="Leg pain"
            options={YES_NO}
            value={legPainRecorded}
            onChange={(v) => onChange({ legPain: v === undefined ? null : v ? (clinical.legPain?.length ? clinical.legPain : [{ roots: [] }]) : [] })}
          />
        </div>
      </section>

      <section className="clinical-section leg-pain-section">
        <h3>Leg pain: dermatomes</h3>
        <div className="leg-pain-layout">
          <DermatomeMap selected={rootsByLeg(clinical.legPain)} onToggle={(side, root) => onChange({ legPain: toggleRoot(clinical.legPain, side, root) })} />
          <div className="leg-rows">
            <LegRow side="left" clinical={clinical} onChange={onChange} />
            <LegRow side="right" clinical={clinical} onChange={onChange} />
            <h4>Straight-leg raise</h4>
            <div className="form-grid">
              <span className="field-label">Left</span>
              <Segmented name="slr-left" label="Straight-leg raise left" options={YES_NO} value={slr.left} onChange={(v) => setSlr('left', v)} />
              <span className="field-label">Right</span>
              <Segmented name="slr-right" label="Straight-leg raise right" options={YES_NO} value={slr.right} onChange={(v) => setSlr('right', v)} />
              <span className="field-label">Crossed</span>
              <Segmented name="slr-crossed" label="Crossed straight-leg raise" options={YES_NO} value={slr.crossed} onChange={(v) => setSlr('crossed', v)} />
            </div>
          </div>
        </div>
      </section>

      <section className="clinical-section">
        <h3>Deficits</h3>
        <DeficitGrid deficits={clinical.deficits} onChange={(deficits) => onChange({ deficits })} />
      </section>

      <section className="clinical-section">
        <h3>Red flags</h3>
        <RedFlagChecklist flags={clinical.redFlags} onChange={(redFlags) => onChange({ redFlags })} />
      </section>

      <section className="clinical-section">
        <h3>Prior surgery</h3>
        <PriorSurgeryList surgeries={clinical.priorSurgery} onChange={(priorSurgery) => onChange({ priorSurgery })} />
      </section>

      <section className="clinical-section">
        <h3>STarT Back</h3>
        <div className="form-grid">
          <span className="field-label">Total (0–9)</span>
          <DraftInput kind="number" label="STarT Back total" value={numberText(clinical.startBack?.total)} min={0} max={9} onCommit={(t) => setStartBack('total', numberOrNull(t))} className="narrow" testId="startback-total" />
          <span className="field-label">Distress (0–5)</span>
          <DraftInput kind="number" label="STarT Back distress subscale" value={numberText(clinical.startBack?.distress)} min={0} max={5} onCommit={(t) => setStartBack('distress', numberOrNull(t))} className="narrow" testId="startback-distress" />
          <span className="field-label">Risk</span>
          <span className={`risk risk-${risk ?? 'unknown'}`} data-testid="startback-risk">
            {risk ? `${risk} risk` : clinical.startBack?.total !== undefined ? 'needs the distress subscale' : '—'}
          </span>
        </div>
      </section>

      <section className="clinical-section">
        <h3>Notes</h3>
        <DraftInput kind="textarea" label="Clinical notes" value={clinical.notes ?? ''} onCommit={(t) => onChange({ notes: t === '' ? null : t })} testId="clinical-notes" />
      </section>
    </div>
  );
}
