import { describe, expect, it } from 'vitest';
import { closeServices, createServices } from '../../../../../main/services/create-services.ts';
import { silentLogger } from '../../../../../main/services/log.ts';
import { openCase } from '../../../../../main/services/cases/open-case.ts';
import { caseStore } from '../../../../../main/services/cases/case-store.ts';
import { AppError } from '../../../../../shared/ipc/result.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { STUDY, useServices } from './support/services.ts';
import { seedStudy } from './support/seed-study.ts';
import { TINY_STUDY_UID, writeTinyStudy } from './support/tiny-study.ts';

const tempDir = useTempDir();
const services = useServices(tempDir);

describe('openCase', () => {
  it('creates a draft case the first time, with age and sex from the DICOM header', () => {
    const s = services([{ studyInstanceUID: STUDY, birthDate: '19870315', studyDate: '20260131', sex: 'M' }]);
    const view = openCase(s, STUDY);
    expect(view).toMatchObject({ studyInstanceUID: STUDY, revision: 0, status: 'draft', anatomy: 'standard' });
    expect(view.patient).toEqual({ age: 38, ageSource: 'dicom-birth-date', dicomAge: 38, dicomAgeSource: 'dicom-birth-date', sex: 'M', sexSource: 'dicom', dicomSex: 'M' });
    expect(view.document).toMatchObject({ format: 'spinecorrelate.case/1', study: { studyInstanceUID: STUDY, date: '2026-01-31' }, patient: { age: 38, sex: 'M' }, findings: [] });
    expect(view.levels.map((l) => l.level)).toEqual(['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']);
    expect(caseStore(s.db).audit.ofCase(1).map((a) => a.action)).toEqual(['case.create']);
  });

  it("takes the age from the header's PatientAge when it has one", () => {
    const s = services([{ studyInstanceUID: STUDY, birthDate: '19870315', studyDate: '20260131', sex: 'F', patientAge: '045Y' }]);
    expect(openCase(s, STUDY).patient).toMatchObject({ age: 45, ageSource: 'dicom-patient-age', dicomAge: 45 });
  });

  it('the importer records PatientAge for the case to use', async () => {
    const dataDir = tempDir();
    const files = writeTinyStudy(tempDir());
    const real = createServices({ dataDir, transport: 'preview', log: silentLogger, demoDir: null, importThread: 'here' });
    try {
      await real.imports.finished(real.imports.start(files));
      expect(real.db.prepare('SELECT patient_age AS age FROM studies').all()).toEqual([{ age: '038Y' }]);
      expect(openCase(real, TINY_STUDY_UID).patient).toMatchObject({ age: 38, ageSource: 'dicom-patient-age' });
    } finally {
      await closeServices(real);
    }
  });

  it('opens the same case again without creating another', () => {
    const s = services();
    const first = openCase(s, STUDY);
    const again = openCase(s, STUDY);
    expect(again.document.id).toBe(first.document.id);
    expect(s.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
  });

  it('leaves age and sex unknown when the header does not give them', () => {
    const s = services([{ studyInstanceUID: STUDY, birthDate: '', studyDate: null, sex: '' }]);
    expect(openCase(s, STUDY).patient).toMatchObject({ age: null, ageSource: 'unknown', sex: null, sexSource: 'unknown' });
    expect(openCase(s, STUDY).document.patient).toBeUndefined();
  });

  it('refuses a study that is not imported, and creates nothing', () => {
    const s = services();
    expect(() => openCase(s, '9.9.9')).toThrow(AppError);
    expect(() => openCase(s, '9.9.9')).toThrow(/not imported/);
    expect(s.db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
  });

  it('restores the case from the file after the services are closed and reopened', async () => {
    const dataDir = tempDir();
    const first = createServices({ dataDir, transport: 'preview', log: silentLogger, demoDir: null });
    seedStudy(first.db, { studyInstanceUID: STUDY });
    const created = openCase(first, STUDY);
    await closeServices(first);
    const second = createServices({ dataDir, transport: 'preview', log: silentLogger, demoDir: null });
    expect(openCase(second, STUDY)).toEqual(created);
    await closeServices(second);
  });
});
