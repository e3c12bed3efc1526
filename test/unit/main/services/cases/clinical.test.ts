import { describe, expect, it } from 'vitest';
import { caseStore } from '../../../../../main/services/cases/case-store.ts';
import { setPatient, updateClinical } from '../../../../../main/services/cases/clinical.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { STUDY, useServices } from './support/services.ts';

const tempDir = useTempDir();
const services = useServices(tempDir);

describe('clinical picture', () => {
  it('applies partial updates: given fields replaced, null cleared, the rest untouched', () => {
    const s = services();
    openCase(s, STUDY);
    updateClinical(s, { studyInstanceUID: STUDY, changes: { durationWeeks: 8, axialPain: true } });
    const view = updateClinical(s, {
      studyInstanceUID: STUDY,
      changes: { legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }], deficits: [{ root: 'L5', side: 'left', kind: 'motor' }], axialPain: null },
    });
    expect(view.document.clinical).toEqual({
      durationWeeks: 8,
      legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }],
      deficits: [{ root: 'L5', side: 'left', kind: 'motor' }],
    });
    const audit = caseStore(s.db).audit.ofCase(1).at(-1)!;
    expect(audit).toMatchObject({ action: 'clinical.update', revision: 2 });
    expect(JSON.parse(audit.detail!)).toEqual({
      before: { axialPain: true, legPain: null, deficits: null },
      after: { axialPain: null, legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }], deficits: [{ root: 'L5', side: 'left', kind: 'motor' }] },
    });
  });

  it('an update that changes nothing makes no revision', () => {
    const s = services();
    openCase(s, STUDY);
    updateClinical(s, { studyInstanceUID: STUDY, changes: { notes: 'Sciatica after lifting' } });
    expect(updateClinical(s, { studyInstanceUID: STUDY, changes: { notes: 'Sciatica after lifting' } }).revision).toBe(1);
    expect(updateClinical(s, { studyInstanceUID: STUDY, changes: {} }).revision).toBe(1);
  });

  it('corrects age and sex, keeps what DICOM said, and goes back to it', () => {
    const s = services([{ studyInstanceUID: STUDY, birthDate: '19870315', studyDate: '20260131', sex: 'F' }]);
    openCase(s, STUDY);
    const corrected = setPatient(s, { studyInstanceUID: STUDY, age: 41, sex: 'M' });
    expect(corrected.patient).toMatchObject({ age: 41, ageSource: 'corrected', dicomAge: 38, sex: 'M', sexSource: 'corrected', dicomSex: 'F' });
    expect(corrected.document.patient).toEqual({ age: 41, sex: 'M' });
    const sexOnly = setPatient(s, { studyInstanceUID: STUDY, sex: null });
    expect(sexOnly.patient).toMatchObject({ age: 41, ageSource: 'corrected', sex: 'F', sexSource: 'dicom' });
    expect(setPatient(s, { studyInstanceUID: STUDY, age: null }).patient).toMatchObject({ age: 38, ageSource: 'dicom-birth-date' });
  });
});
