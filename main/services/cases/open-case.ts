import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/ipc/result.ts';
import type { CaseView } from '../../../shared/ipc/channels/case-view.ts';
import type { Services } from '../context.ts';
import type { CaseRow } from '../store/repositories/case-repository.ts';
import { readCaseView } from './case-document.ts';
import { caseStore, type CaseStore } from './case-store.ts';
import { now } from './change.ts';
import { dicomDemographics } from './demographics.ts';
import { currentUser } from './user.ts';

export function studyNotImported(): AppError {
  return new AppError('not-found', 'That study is not imported: import its DICOM files first.');
}

/**
 * Creates the draft case of an imported study, with age and sex from its DICOM header. Runs
 * inside the caller's transaction.
 */
export function createCase(store: CaseStore, studyInstanceUID: string, user: string): CaseRow {
  const study = store.cases.importedStudy(studyInstanceUID);
  if (!study) throw studyNotImported();
  const dicom = dicomDemographics(study);
  const at = now();
  const id = store.cases.insert({
    studyInstanceUID,
    caseUid: randomUUID(),
    author: user,
    createdAt: at,
    updatedAt: at,
    anatomy: 'standard',
    studyDate: dicom.studyDate,
    dicomAge: dicom.age,
    dicomAgeSource: dicom.ageSource,
    dicomSex: dicom.sex,
    age: dicom.age,
    ageSource: dicom.ageSource ?? 'unknown',
    sex: dicom.sex,
    sexSource: dicom.sex ? 'dicom' : 'unknown',
    documentExtra: '{}',
  });
  store.audit.append({ at, user, caseRef: id, revision: 0, action: 'case.create', target: null, detail: null });
  return store.cases.byStudy(studyInstanceUID)!;
}

/** The case of an imported study, created the first time it is opened. */
export function openCase(services: Services, studyInstanceUID: string): CaseView {
  const store = caseStore(services.db);
  return services.db
    .transaction(() => {
      const row = store.cases.byStudy(studyInstanceUID) ?? createCase(store, studyInstanceUID, currentUser(services.dataDir));
      return readCaseView(store, row);
    })
    .immediate();
}
