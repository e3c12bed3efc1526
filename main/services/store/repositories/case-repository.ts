import type { Db } from '../database.ts';

/** The case aggregate's own rows: the case and its labelled levels. */

export interface CaseRow {
  id: number;
  studyInstanceUID: string;
  caseUid: string;
  status: 'draft' | 'final' | 'amended';
  author: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
  anatomy: 'standard' | 'sixth-lumbar' | 'sacralised-l5';
  studyDate: string | null;
  dicomAge: number | null;
  dicomAgeSource: 'dicom-patient-age' | 'dicom-birth-date' | null;
  dicomSex: 'F' | 'M' | 'O' | 'U' | null;
  age: number | null;
  ageSource: 'dicom-patient-age' | 'dicom-birth-date' | 'corrected' | 'case-file' | 'unknown';
  sex: 'F' | 'M' | 'O' | 'U' | null;
  sexSource: 'dicom' | 'corrected' | 'case-file' | 'unknown';
  /** JSON text. */
  documentExtra: string;
}

export type NewCase = Omit<CaseRow, 'id' | 'revision' | 'status'>;

export interface LevelRow {
  level: string;
  normal: 0 | 1;
  /** JSON text or null. */
  position: string | null;
  placedBy: 'user' | 'proposed' | null;
}

/** What the DICOM index knows about a study that the case needs: dates and sex, as DICOM writes them. */
export interface ImportedStudyRow {
  studyDate: string | null;
  birthDate: string;
  sex: string;
  /** PatientAge (AS) of the study's header, e.g. '045Y'. */
  patientAge: string | null;
}

export const CASE_COLUMNS = `id, study_instance_uid AS studyInstanceUID, case_uid AS caseUid, status, author, created_at AS createdAt,
  updated_at AS updatedAt, revision, anatomy, study_date AS studyDate, dicom_age AS dicomAge, dicom_age_source AS dicomAgeSource,
  dicom_sex AS dicomSex, age, age_source AS ageSource, sex, sex_source AS sexSource, document_extra AS documentExtra`;

/** The queries a reading session runs on every change; each has an EXPLAIN QUERY PLAN test. */
export const CASE_QUERIES = {
  caseByStudy: `SELECT ${CASE_COLUMNS} FROM cases WHERE study_instance_uid = ?`,
  levelsOfCase: 'SELECT level, normal, position, placed_by AS placedBy FROM case_levels WHERE case_ref = ?',
  importedStudy: `SELECT s.study_date AS studyDate, p.birth_date AS birthDate, p.sex AS sex, s.patient_age AS patientAge
    FROM studies s JOIN patients p ON p.id = s.patient_ref WHERE s.study_instance_uid = ?`,
} as const;

export class CaseRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      byStudy: db.prepare<[string], CaseRow>(CASE_QUERIES.caseByStudy),
      importedStudy: db.prepare<[string], ImportedStudyRow>(CASE_QUERIES.importedStudy),
      insert: db.prepare<NewCase>(
        `INSERT INTO cases (study_instance_uid, case_uid, author, created_at, updated_at, anatomy, study_date, dicom_age,
           dicom_age_source, dicom_sex, age, age_source, sex, sex_source, document_extra)
         VALUES (@studyInstanceUID, @caseUid, @author, @createdAt, @updatedAt, @anatomy, @studyDate, @dicomAge,
           @dicomAgeSource, @dicomSex, @age, @ageSource, @sex, @sexSource, @documentExtra)`,
      ),
      bumpRevision: db.prepare<[string, number], { revision: number }>(
        'UPDATE cases SET revision = revision + 1, updated_at = ? WHERE id = ? RETURNING revision',
      ),
      setAnatomy: db.prepare<[string, number]>('UPDATE cases SET anatomy = ? WHERE id = ?'),
      setAge: db.prepare<[number | null, string, number]>('UPDATE cases SET age = ?, age_source = ? WHERE id = ?'),
      setSex: db.prepare<[string | null, string, number]>('UPDATE cases SET sex = ?, sex_source = ? WHERE id = ?'),
      setDocumentFields: db.prepare<[string, string | null, string, number]>(
        'UPDATE cases SET case_uid = ?, study_date = ?, document_extra = ? WHERE id = ?',
      ),
      levels: db.prepare<[number], LevelRow>(CASE_QUERIES.levelsOfCase),
      upsertNormal: db.prepare<[number, string, number]>(
        `INSERT INTO case_levels (case_ref, level, normal) VALUES (?, ?, ?)
         ON CONFLICT (case_ref, level) DO UPDATE SET normal = excluded.normal`,
      ),
      upsertPosition: db.prepare<[number, string, string, string]>(
        `INSERT INTO case_levels (case_ref, level, position, placed_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (case_ref, level) DO UPDATE SET position = excluded.position, placed_by = excluded.placed_by`,
      ),
      insertLevel: db.prepare<[number, string, number, string | null, string | null]>(
        'INSERT INTO case_levels (case_ref, level, normal, position, placed_by) VALUES (?, ?, ?, ?, ?)',
      ),
      clearPositions: db.prepare<[number]>('UPDATE case_levels SET position = NULL, placed_by = NULL WHERE case_ref = ?'),
      dropEmptyLevels: db.prepare<[number]>('DELETE FROM case_levels WHERE case_ref = ? AND normal = 0 AND position IS NULL'),
      renameLevel: db.prepare<[string, number, string]>('UPDATE case_levels SET level = ? WHERE case_ref = ? AND level = ?'),
      deleteLevel: db.prepare<[number, string]>('DELETE FROM case_levels WHERE case_ref = ? AND level = ?'),
      deleteLevels: db.prepare<[number]>('DELETE FROM case_levels WHERE case_ref = ?'),
    };
  }

  byStudy(studyInstanceUID: string): CaseRow | undefined {
    return this.statements.byStudy.get(studyInstanceUID);
  }

  importedStudy(studyInstanceUID: string): ImportedStudyRow | undefined {
    return this.statements.importedStudy.get(studyInstanceUID);
  }

  insert(row: NewCase): number {
    return Number(this.statements.insert.run(row).lastInsertRowid);
  }

  /** Records that a change was saved: the new revision. */
  bumpRevision(caseRef: number, at: string): number {
    const row = this.statements.bumpRevision.get(at, caseRef);
    if (!row) throw new Error('case row vanished inside its own transaction');
    return row.revision;
  }

  setAnatomy(caseRef: number, anatomy: CaseRow['anatomy']): void {
    this.statements.setAnatomy.run(anatomy, caseRef);
  }

  setAge(caseRef: number, age: number | null, source: CaseRow['ageSource']): void {
    this.statements.setAge.run(age, source, caseRef);
  }

  setSex(caseRef: number, sex: CaseRow['sex'], source: CaseRow['sexSource']): void {
    this.statements.setSex.run(sex, source, caseRef);
  }

  setDocumentFields(caseRef: number, fields: { caseUid: string; studyDate: string | null; documentExtra: string }): void {
    this.statements.setDocumentFields.run(fields.caseUid, fields.studyDate, fields.documentExtra, caseRef);
  }

  levels(caseRef: number): LevelRow[] {
    return this.statements.levels.all(caseRef);
  }

  setNormal(caseRef: number, level: string, normal: boolean): void {
    this.statements.upsertNormal.run(caseRef, level, normal ? 1 : 0);
    this.statements.dropEmptyLevels.run(caseRef);
  }

  /** Replaces every level position with these; marks of "normal" stay. */
  replacePositions(caseRef: number, placements: { level: string; position: string; placedBy: 'user' | 'proposed' }[]): void {
    this.statements.clearPositions.run(caseRef);
    for (const p of placements) this.statements.upsertPosition.run(caseRef, p.level, p.position, p.placedBy);
    this.statements.dropEmptyLevels.run(caseRef);
  }

  insertLevel(caseRef: number, row: LevelRow): void {
    this.statements.insertLevel.run(caseRef, row.level, row.normal, row.position, row.placedBy);
  }

  renameLevel(caseRef: number, from: string, to: string): void {
    this.statements.renameLevel.run(to, caseRef, from);
  }

  deleteLevel(caseRef: number, level: string): void {
    this.statements.deleteLevel.run(caseRef, level);
  }

  deleteLevels(caseRef: number): void {
    this.statements.deleteLevels.run(caseRef);
  }
}
