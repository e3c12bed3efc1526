import type { Db } from '../../../../../../main/services/store/database.ts';

export interface SeedStudy {
  studyInstanceUID: string;
  /** DICOM DA, YYYYMMDD. */
  studyDate?: string | null;
  birthDate?: string;
  sex?: string;
  /** PatientAge (AS), e.g. '045Y'. */
  patientAge?: string | null;
}

/** A study in the DICOM index (what an import writes), without files: enough for a case. */
export function seedStudy(db: Db, study: SeedStudy): void {
  const patient = db
    .prepare<[string, string, string, string], { id: number }>(
      `INSERT INTO patients (patient_id, name, birth_date, sex) VALUES (?, ?, ?, ?)
       ON CONFLICT (patient_id, name, birth_date) DO UPDATE SET sex = excluded.sex RETURNING id`,
    )
    .get(`P-${study.studyInstanceUID}`, 'Test^Patient', study.birthDate ?? '19870315', study.sex ?? 'F')!;
  db.prepare(
    `INSERT INTO studies (patient_ref, study_instance_uid, study_date, study_time, description, accession_number, study_id, patient_age)
     VALUES (?, ?, ?, '101500', 'MR LUMBAR SPINE', 'ACC1', '1', ?)`,
  ).run(patient.id, study.studyInstanceUID, study.studyDate === undefined ? '20260131' : study.studyDate, study.patientAge ?? null);
}
