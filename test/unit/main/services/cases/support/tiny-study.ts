import path from 'node:path';
import { writeDicomFile } from '../../../../../fixtures/dicom-writer.ts';
import type { PatientInfo } from '../../../../../fixtures/mr-image.ts';
import { tinyMrElements } from '../../../../../fixtures/tiny-mr.ts';

export const TINY_STUDY_UID = '1.2.826.0.1.3680043.8.498.77001';

/**
 * A three-slice sagittal T2 study (64×64 phantom) written as real DICOM files into `dir`, for tests
 * that import through the real importer. The patient is 38 at the study date, male.
 */
export function writeTinyStudy(dir: string, studyInstanceUid = TINY_STUDY_UID, patientOverrides: Partial<PatientInfo> = {}): string[] {
  const patient: PatientInfo = { name: 'Reader^Test', id: 'CASE-TEST-1', birthDate: '19870315', sex: 'M', age: '038Y', ...patientOverrides };
  const study = {
    studyInstanceUid,
    frameOfReferenceUid: `${studyInstanceUid}.9`,
    date: '20260131',
    time: '101500',
    description: 'MR LUMBAR SPINE',
    accessionNumber: 'ACC-CASE-1',
    studyId: '1',
    referringPhysician: 'Ref^Doctor',
  };
  return [1, 2, 3].map((n) =>
    writeDicomFile(
      path.join(dir, `IM${n}.dcm`),
      tinyMrElements({ patient, study, seriesInstanceUid: `${studyInstanceUid}.1`, seriesNumber: 1, description: 'SAG T2', sopInstanceUid: `${studyInstanceUid}.1.${n}`, instanceNumber: n }),
    ),
  );
}
