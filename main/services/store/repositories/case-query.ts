import type { Label } from '../../../../shared/correlation/output.ts';
import type { CaseFilter } from '../../../../shared/domain/case-filter.ts';
import type { Verdict } from '../../../../shared/review/verdict.ts';
import type { Db } from '../database.ts';
import { CASE_COLUMNS, type CaseRow } from './case-repository.ts';
import { FINDING_COLUMNS, type FindingRow } from './finding-repository.ts';
import { latestReviewVerdicts } from './review-repository.ts';

/**
 * The SQL half of the case filters (shared/domain/case-filter.ts), for the case browser and the
 * research export alike. It narrows on what the tables hold — status, age, sex, study date,
 * finding type and level (on the same finding) — and returns a superset of the matching cases;
 * labels and red flags need the correlation engine, so `matchesCaseFilter` decides on each
 * candidate. Parameters only: the IN lists are built from placeholders, never from values.
 */
export interface CaseCandidate {
  id: number;
  studyInstanceUID: string;
  status: 'draft' | 'final' | 'amended';
  age: number | null;
  sex: string | null;
  studyDate: string | null;
  /** From the DICOM index, when the study was imported: who the patient is, for pseudonyms. */
  patientId: string | null;
  birthDate: string | null;
}

const SELECT = `SELECT c.id, c.study_instance_uid AS studyInstanceUID, c.status, c.age, c.sex, c.study_date AS studyDate,
    p.patient_id AS patientId, p.birth_date AS birthDate
  FROM cases c
  LEFT JOIN studies s ON s.study_instance_uid = c.study_instance_uid
  LEFT JOIN patients p ON p.id = s.patient_ref`;

const ORDER = 'ORDER BY c.study_date IS NULL, c.study_date, c.id';

/** A spine physician has reviewed the case: a review row exists only once it has an entry. */
const REVIEWED = 'EXISTS (SELECT 1 FROM reviews r WHERE r.study_instance_uid = c.study_instance_uid)';

function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** The statement and its parameters for a filter; exported for the EXPLAIN QUERY PLAN test. */
export function caseCandidateQuery(filter: CaseFilter): { sql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.statuses.length > 0) {
    // Statuses are alternatives: 'final' takes amended cases too; 'reviewed' is a case with a review (migration 006).
    const statuses = filter.statuses.flatMap((s) => (s === 'final' ? ['final', 'amended'] : s === 'reviewed' ? [] : [s]));
    const alternatives = [
      ...(statuses.length > 0 ? [`c.status IN (${placeholders(statuses.length)})`] : []),
      ...(filter.statuses.includes('reviewed') ? [REVIEWED] : []),
    ];
    where.push(alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`);
    params.push(...statuses);
  }
  if (filter.ageMin !== undefined) {
    where.push('c.age >= ?');
    params.push(filter.ageMin);
  }
  if (filter.ageMax !== undefined) {
    where.push('c.age <= ?');
    params.push(filter.ageMax);
  }
  if (filter.sexes.length > 0) {
    where.push(`c.sex IN (${placeholders(filter.sexes.length)})`);
    params.push(...filter.sexes);
  }
  if (filter.dateFrom !== undefined) {
    where.push('c.study_date >= ?');
    params.push(filter.dateFrom);
  }
  if (filter.dateTo !== undefined) {
    where.push('c.study_date <= ?');
    params.push(filter.dateTo);
  }
  if (filter.findingTypes.length > 0 || filter.levels.length > 0) {
    const on: string[] = ['f.case_ref = c.id'];
    if (filter.findingTypes.length > 0) {
      on.push(`f.type IN (${placeholders(filter.findingTypes.length)})`);
      params.push(...filter.findingTypes);
    }
    if (filter.levels.length > 0) {
      on.push(`f.level IN (${placeholders(filter.levels.length)})`);
      params.push(...filter.levels);
    }
    where.push(`EXISTS (SELECT 1 FROM findings f WHERE ${on.join(' AND ')})`);
  }
  return { sql: `${SELECT}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''} ${ORDER}`, params };
}

/** The cases that may match, oldest study first. */
export function caseCandidates(db: Db, filter: CaseFilter): CaseCandidate[] {
  const { sql, params } = caseCandidateQuery(filter);
  return db.prepare<(string | number)[], CaseCandidate>(sql).all(...params);
}

/** The files of a study's imported instances, in series then slice order. */
export interface StudyInstanceFile {
  seriesInstanceUID: string;
  sopInstanceUID: string;
  sopClassUID: string;
  filePath: string;
}

export const STUDY_FILES_QUERY = `SELECT se.series_instance_uid AS seriesInstanceUID, i.sop_instance_uid AS sopInstanceUID, i.sop_class_uid AS sopClassUID, i.file_path AS filePath
  FROM studies s
  JOIN series se ON se.study_ref = s.id
  JOIN instances i ON i.series_ref = se.id
  WHERE s.study_instance_uid = ?
  ORDER BY se.series_number IS NULL, se.series_number, se.id, i.slice_position, i.instance_number, i.id`;

export function studyInstanceFiles(db: Db, studyInstanceUID: string): StudyInstanceFile[] {
  return db.prepare<[string], StudyInstanceFile>(STUDY_FILES_QUERY).all(studyInstanceUID);
}

/** Everything the export reads of a batch of cases, in seven queries instead of seven per case. */
export interface CaseBatch {
  cases: CaseRow[];
  findings: Map<number, FindingRow[]>;
  overrides: Map<number, { findingUid: string; label: string; reason: string }[]>;
  clinical: Map<number, string>;
  normalLevels: Map<number, string[]>;
  /** The last signed snapshot of each study that has one (report migration 003), by Study Instance UID. */
  signed: Map<string, { caseJson: string; correlationJson: string; overridesJson: string }>;
  /** The studies with a review, each with the current verdict per finding of its latest review. */
  reviews: Map<string, ReviewVerdicts>;
}

/** The current verdict per finding id. */
export type ReviewVerdicts = Map<string, { verdict: Verdict; label: Label | null }>;

function groupBy<T extends { caseRef: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.caseRef);
    if (group) group.push(row);
    else groups.set(row.caseRef, [row]);
  }
  return groups;
}

export function loadCaseBatch(db: Db, caseIds: readonly number[]): CaseBatch {
  const ids = placeholders(caseIds.length);
  const all = <T>(sql: string) => db.prepare<number[], T>(sql).all(...caseIds);
  const findings = all<FindingRow & { caseRef: number }>(`SELECT case_ref AS caseRef, ${FINDING_COLUMNS} FROM findings WHERE case_ref IN (${ids}) ORDER BY case_ref, sort_order`);
  const overrides = all<{ caseRef: number; findingUid: string; label: string; reason: string }>(
    `SELECT f.case_ref AS caseRef, f.finding_uid AS findingUid, o.label, o.reason
     FROM findings f JOIN label_overrides o ON o.finding_ref = f.id WHERE f.case_ref IN (${ids})`,
  );
  const clinical = all<{ caseRef: number; context: string }>(`SELECT case_ref AS caseRef, context FROM clinical WHERE case_ref IN (${ids})`);
  const levels = all<{ caseRef: number; level: string }>(`SELECT case_ref AS caseRef, level FROM case_levels WHERE normal = 1 AND case_ref IN (${ids})`);
  const cases = all<CaseRow>(`SELECT ${CASE_COLUMNS} FROM cases WHERE id IN (${ids})`);
  const snapshots = db
    .prepare<string[], { studyInstanceUID: string; caseJson: string; correlationJson: string; overridesJson: string }>(
      `SELECT r.study_instance_uid AS studyInstanceUID, s.case_json AS caseJson, s.correlation_json AS correlationJson, s.overrides_json AS overridesJson
       FROM reports r JOIN report_versions v ON v.report_ref = r.id JOIN report_snapshots s ON s.version_ref = v.id
       WHERE r.study_instance_uid IN (${placeholders(cases.length)}) ORDER BY r.id, v.number`,
    )
    .all(...cases.map((c) => c.studyInstanceUID));
  const reviews = new Map<string, ReviewVerdicts>();
  for (const row of latestReviewVerdicts(db, cases.map((c) => c.studyInstanceUID))) {
    const verdicts: ReviewVerdicts = reviews.get(row.studyInstanceUID) ?? new Map();
    reviews.set(row.studyInstanceUID, verdicts);
    // Oldest first: a later verdict on the same finding replaces the earlier one.
    if (row.findingUid !== null && row.verdict !== null) verdicts.set(row.findingUid, { verdict: row.verdict, label: row.label });
  }
  return {
    cases,
    reviews,
    findings: groupBy(findings),
    overrides: groupBy(overrides),
    clinical: new Map(clinical.map((row) => [row.caseRef, row.context])),
    normalLevels: new Map([...groupBy(levels)].map(([caseRef, rows]) => [caseRef, rows.map((row) => row.level)])),
    // Ordered by version number: the last one written for a study is its current signed state.
    signed: new Map(snapshots.map(({ studyInstanceUID, ...snapshot }) => [studyInstanceUID, snapshot])),
  };
}
