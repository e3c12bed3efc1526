import type { Label } from '../../../../shared/correlation/output.ts';
import type { Verdict } from '../../../../shared/review/verdict.ts';
import type { Db } from '../database.ts';

/** The reviews aggregate: a review per basis reviewed, and its append-only entries. */

export interface ReviewRow {
  id: number;
  studyInstanceUID: string;
  basis: 'signed' | 'live';
  reportVersionRef: number | null;
  ruleset: string;
  createdAt: string;
  createdBy: string;
}

export interface ReviewEntryRow {
  id: number;
  reviewRef: number;
  at: string;
  author: string;
  kind: 'verdict' | 'note' | 'clinical';
  findingUid: string | null;
  verdict: Verdict | null;
  reviewedLabel: Label | null;
  label: Label | null;
  text: string | null;
  /** JSON text of the whole clinical picture, for 'clinical' entries. */
  clinical: string | null;
  caseRevision: number | null;
}

export type NewReview = Omit<ReviewRow, 'id'>;
export type NewReviewEntry = Omit<ReviewEntryRow, 'id'>;

const REVIEW_COLUMNS = `id, study_instance_uid AS studyInstanceUID, basis, report_version_ref AS reportVersionRef, ruleset,
  created_at AS createdAt, created_by AS createdBy`;
const ENTRY_COLUMNS = `id, review_ref AS reviewRef, at, author, kind, finding_uid AS findingUid, verdict, reviewed_label AS reviewedLabel,
  label, text, clinical, case_revision AS caseRevision`;

/** Every query of the review screen and the reading screen's review notice; each has an EXPLAIN QUERY PLAN test. */
export const REVIEW_QUERIES = {
  reviewOfSignedVersion: `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE report_version_ref = ?`,
  liveReview: `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE study_instance_uid = ? AND basis = 'live'`,
  latestReview: `SELECT ${REVIEW_COLUMNS} FROM reviews WHERE study_instance_uid = ? ORDER BY id DESC LIMIT 1`,
  entries: `SELECT ${ENTRY_COLUMNS} FROM review_entries WHERE review_ref = ? ORDER BY id`,
} as const;

export class ReviewRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      signed: db.prepare<[number], ReviewRow>(REVIEW_QUERIES.reviewOfSignedVersion),
      live: db.prepare<[string], ReviewRow>(REVIEW_QUERIES.liveReview),
      latest: db.prepare<[string], ReviewRow>(REVIEW_QUERIES.latestReview),
      entries: db.prepare<[number], ReviewEntryRow>(REVIEW_QUERIES.entries),
      insertReview: db.prepare<NewReview, ReviewRow>(
        `INSERT INTO reviews (study_instance_uid, basis, report_version_ref, ruleset, created_at, created_by)
         VALUES (@studyInstanceUID, @basis, @reportVersionRef, @ruleset, @createdAt, @createdBy) RETURNING ${REVIEW_COLUMNS}`,
      ),
      insertEntry: db.prepare<NewReviewEntry>(
        `INSERT INTO review_entries (review_ref, at, author, kind, finding_uid, verdict, reviewed_label, label, text, clinical, case_revision)
         VALUES (@reviewRef, @at, @author, @kind, @findingUid, @verdict, @reviewedLabel, @label, @text, @clinical, @caseRevision)`,
      ),
    };
  }

  /** The review of a signed report version, or of a study's draft (reportVersionRef null). */
  forBasis(studyInstanceUID: string, reportVersionRef: number | null): ReviewRow | null {
    return (reportVersionRef === null ? this.statements.live.get(studyInstanceUID) : this.statements.signed.get(reportVersionRef)) ?? null;
  }

  /** The study's most recent review, whatever it reviewed. */
  latest(studyInstanceUID: string): ReviewRow | null {
    return this.statements.latest.get(studyInstanceUID) ?? null;
  }

  create(review: NewReview): ReviewRow {
    return this.statements.insertReview.get(review)!;
  }

  entries(reviewRef: number): ReviewEntryRow[] {
    return this.statements.entries.all(reviewRef);
  }

  append(entry: NewReviewEntry): void {
    this.statements.insertEntry.run(entry);
  }
}

export interface LatestVerdictRow {
  studyInstanceUID: string;
  findingUid: string | null;
  verdict: Verdict | null;
  label: Label | null;
}

/**
 * The verdicts of each study's latest review, oldest first (so the last row per finding is its
 * current verdict); a review with no verdict yet gives one row with a null finding. For the
 * research export and the case browser, a batch of studies at a time.
 */
export function latestReviewVerdictsQuery(count: number): string {
  const placeholders = Array.from({ length: count }, () => '?').join(', ');
  return `SELECT r.study_instance_uid AS studyInstanceUID, e.finding_uid AS findingUid, e.verdict, e.label
    FROM reviews r LEFT JOIN review_entries e ON e.review_ref = r.id AND e.kind = 'verdict'
    WHERE r.study_instance_uid IN (${placeholders})
      AND r.id = (SELECT max(latest.id) FROM reviews latest WHERE latest.study_instance_uid = r.study_instance_uid)
    ORDER BY r.id, e.id`;
}

export function latestReviewVerdicts(db: Db, studyInstanceUIDs: readonly string[]): LatestVerdictRow[] {
  if (studyInstanceUIDs.length === 0) return [];
  return db.prepare<string[], LatestVerdictRow>(latestReviewVerdictsQuery(studyInstanceUIDs.length)).all(...studyInstanceUIDs);
}
