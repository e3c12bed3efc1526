import type { Db } from '../store/database.ts';

export const VERSION_KINDS = ['draft', 'final', 'amendment-draft', 'amended', 'addendum'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

export interface VersionRow {
  id: number;
  reportRef: number;
  number: number;
  kind: VersionKind;
  createdAt: string;
  author: string;
  content: string;
  caseRevision: number | null;
  signedBy: string | null;
  signedAt: string | null;
  reason: string | null;
}

export type NewVersion = Omit<VersionRow, 'id' | 'number'>;

export interface SnapshotRow {
  versionRef: number;
  caseJson: string;
  correlationJson: string;
  ruleset: string;
  overridesJson: string;
  reportJson: string;
  plainText: string;
  sha256: string;
  srSeriesInstanceUID: string;
  srSopInstanceUID: string;
}

const VERSION_COLUMNS = `id, report_ref AS reportRef, number, kind, created_at AS createdAt, author, content,
  case_revision AS caseRevision, signed_by AS signedBy, signed_at AS signedAt, reason`;

const SNAPSHOT_COLUMNS = `version_ref AS versionRef, case_json AS caseJson, correlation_json AS correlationJson, ruleset,
  overrides_json AS overridesJson, report_json AS reportJson, plain_text AS plainText, sha256,
  sr_series_instance_uid AS srSeriesInstanceUID, sr_sop_instance_uid AS srSopInstanceUID`;

export const REPORT_QUERIES = {
  reportByStudy: 'SELECT id FROM reports WHERE study_instance_uid = ?',
  versions: `SELECT ${VERSION_COLUMNS} FROM report_versions WHERE report_ref = ? ORDER BY number`,
  latestVersion: `SELECT ${VERSION_COLUMNS} FROM report_versions WHERE report_ref = ? ORDER BY number DESC LIMIT 1`,
  versionByNumber: `SELECT ${VERSION_COLUMNS} FROM report_versions WHERE report_ref = ? AND number = ?`,
  snapshot: `SELECT ${SNAPSHOT_COLUMNS} FROM report_snapshots WHERE version_ref = ?`,
} as const;

/** The reports aggregate: reports, their append-only versions and the snapshots of signed ones. */
export class ReportRepository {
  private readonly db: Db;
  private readonly statements;

  constructor(db: Db) {
    this.db = db;
    this.statements = {
      reportByStudy: db.prepare<[string], { id: number }>(REPORT_QUERIES.reportByStudy),
      insertReport: db.prepare<[string, string]>('INSERT INTO reports (study_instance_uid, created_at) VALUES (?, ?)'),
      versions: db.prepare<[number], VersionRow>(REPORT_QUERIES.versions),
      latestVersion: db.prepare<[number], VersionRow>(REPORT_QUERIES.latestVersion),
      versionByNumber: db.prepare<[number, number], VersionRow>(REPORT_QUERIES.versionByNumber),
      insertVersion: db.prepare(
        `INSERT INTO report_versions (report_ref, number, kind, created_at, author, content, case_revision, signed_by, signed_at, reason)
         VALUES (@reportRef, (SELECT coalesce(max(number), 0) + 1 FROM report_versions WHERE report_ref = @reportRef), @kind, @createdAt,
                 @author, @content, @caseRevision, @signedBy, @signedAt, @reason)`,
      ),
      snapshot: db.prepare<[number], SnapshotRow>(REPORT_QUERIES.snapshot),
      insertSnapshot: db.prepare(
        `INSERT INTO report_snapshots (version_ref, case_json, correlation_json, ruleset, overrides_json, report_json, plain_text, sha256,
           sr_series_instance_uid, sr_sop_instance_uid)
         VALUES (@versionRef, @caseJson, @correlationJson, @ruleset, @overridesJson, @reportJson, @plainText, @sha256,
           @srSeriesInstanceUID, @srSopInstanceUID)`,
      ),
    };
  }

  reportId(studyInstanceUID: string): number | null {
    return this.statements.reportByStudy.get(studyInstanceUID)?.id ?? null;
  }

  ensureReport(studyInstanceUID: string, at: string): number {
    return this.reportId(studyInstanceUID) ?? Number(this.statements.insertReport.run(studyInstanceUID, at).lastInsertRowid);
  }

  versions(reportRef: number): VersionRow[] {
    return this.statements.versions.all(reportRef);
  }

  latest(reportRef: number): VersionRow | null {
    return this.statements.latestVersion.get(reportRef) ?? null;
  }

  version(reportRef: number, number: number): VersionRow | null {
    return this.statements.versionByNumber.get(reportRef, number) ?? null;
  }

  append(version: NewVersion): VersionRow {
    const id = Number(this.statements.insertVersion.run(version).lastInsertRowid);
    return this.db.prepare<[number], VersionRow>(`SELECT ${VERSION_COLUMNS} FROM report_versions WHERE id = ?`).get(id)!;
  }

  snapshot(versionRef: number): SnapshotRow | null {
    return this.statements.snapshot.get(versionRef) ?? null;
  }

  freeze(snapshot: SnapshotRow): void {
    this.statements.insertSnapshot.run(snapshot);
  }
}
