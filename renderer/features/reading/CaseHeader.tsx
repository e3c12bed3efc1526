import { SEXES } from '../../../shared/domain/attributes.ts';
import { ANATOMIES, ANATOMY_WARNINGS, type Anatomy, type CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { StudySummary } from '../../../shared/ipc/channels/studies.ts';
import { formatDicomDate } from '../../app/format.ts';
import type { CaseOp } from './case-ops.ts';
import { DraftInput } from './DraftInput.tsx';
import type { SaveState } from './useCaseSession.ts';

const AGE_SOURCE_TEXT: Record<CaseView['patient']['ageSource'], string> = {
  'dicom-patient-age': 'DICOM PatientAge',
  'dicom-birth-date': 'DICOM birth date',
  corrected: 'corrected',
  'case-file': 'case file',
  unknown: 'not in DICOM',
};
const SEX_SOURCE_TEXT: Record<CaseView['patient']['sexSource'], string> = {
  dicom: 'DICOM',
  corrected: 'corrected',
  'case-file': 'case file',
  unknown: 'not in DICOM',
};
const ANATOMY_TEXT: Record<Anatomy, string> = {
  standard: '5 lumbar',
  'sixth-lumbar': '6 lumbar (L6)',
  'sacralised-l5': 'sacralised L5',
};

interface Props {
  study: StudySummary;
  view: CaseView;
  save: SaveState;
  apply(op: CaseOp): void;
  onRetry(): void;
  onDiscard(): void;
  onUndo(): void;
  onRedo(): void;
  canUndo: boolean;
  canRedo: boolean;
  onExport(): void;
  onImport(): void;
}

export function SaveIndicator({ save, onRetry, onDiscard }: { save: SaveState; onRetry(): void; onDiscard(): void }) {
  return (
    <span className={`save-state ${save.state}`} data-testid="save-state" data-state={save.state} role="status">
      {save.state === 'saving' && 'Saving…'}
      {save.state === 'saved' && `Saved · rev ${save.revision}`}
      {save.state === 'error' && (
        <>
          <span title={save.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}>Not saved: {save.message}</span>
          <button type="button" onClick={onRetry}>
            Retry
          </button>
          <button type="button" onClick={onDiscard} title="Drop the edits that were not saved">
            Discard
          </button>
        </>
      )}
    </span>
  );
}

/** Study, patient age and sex (from DICOM, correctable), anatomy, save state, undo/redo, case file. */
export function CaseHeader({ study, view, save, apply, onRetry, onDiscard, onUndo, onRedo, canUndo, canRedo, onExport, onImport }: Props) {
  const { patient } = view;
  const warning = ANATOMY_WARNINGS[view.anatomy];
  return (
    <header className="case-header">
      <div className="case-line">
        <strong className="study-title">{study.description || 'Study'}</strong>
        <span className="muted">{formatDicomDate(study.date)}</span>
        <span className="spacer" />
        <button type="button" onClick={onUndo} disabled={!canUndo} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button type="button" onClick={onRedo} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)">
          Redo
        </button>
        <button type="button" onClick={onExport} title="Save the case as case format v1 JSON">
          Export
        </button>
        <button type="button" onClick={onImport} title="Replace the case with a case JSON file">
          Import
        </button>
        <SaveIndicator save={save} onRetry={onRetry} onDiscard={onDiscard} />
      </div>
      <div className="case-line">
        <label className="patient-fact" title={AGE_SOURCE_TEXT[patient.ageSource]}>
          Age
          <DraftInput
            kind="number"
            label="Patient age in years"
            value={patient.age === null ? '' : String(patient.age)}
            min={0}
            max={130}
            debounceMs={0}
            onCommit={(text) => apply({ kind: 'setPatient', age: text === '' ? null : Math.round(Number(text)) })}
            className="narrow"
            testId="patient-age"
          />
          <span className="source" data-testid="age-source">{AGE_SOURCE_TEXT[patient.ageSource]}</span>
          {patient.ageSource === 'corrected' && (
            <button type="button" className="link" onClick={() => apply({ kind: 'setPatient', age: null })} title={`DICOM: ${patient.dicomAge ?? 'none'}`}>
              DICOM: {patient.dicomAge ?? '—'}
            </button>
          )}
        </label>
        <label className="patient-fact" title={SEX_SOURCE_TEXT[patient.sexSource]}>
          Sex
          <select aria-label="Patient sex" value={patient.sex ?? ''} onChange={(e) => apply({ kind: 'setPatient', sex: e.target.value === '' ? null : (e.target.value as (typeof SEXES)[number]) })}>
            <option value="">—</option>
            {SEXES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
          <span className="source">{SEX_SOURCE_TEXT[patient.sexSource]}</span>
        </label>
        <label className="patient-fact">
          Anatomy
          <select aria-label="Transitional anatomy" value={view.anatomy} onChange={(e) => apply({ kind: 'setAnatomy', anatomy: e.target.value as Anatomy })} data-testid="anatomy">
            {ANATOMIES.map((a) => (
              <option key={a} value={a}>
                {ANATOMY_TEXT[a]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {warning && (
        <p className="anatomy-warning" role="alert" data-testid="anatomy-warning">
          ⚠ {warning}
        </p>
      )}
    </header>
  );
}
