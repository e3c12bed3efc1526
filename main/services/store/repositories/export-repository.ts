import { randomBytes } from 'node:crypto';
import type { Db } from '../database.ts';

export interface ExportLogEntry {
  exportUid: string;
  startedAt: string;
  exportedBy: string;
  formats: string[];
  filters: unknown;
  options: unknown;
  ruleset: string;
}

export interface ExportOutcome {
  status: 'done' | 'cancelled' | 'failed';
  finishedAt: string;
  caseCount: number | null;
  fileCount: number | null;
  manifestSha256: string | null;
}

/** Export projects (each with its secret key) and the log of exports. */
export class ExportRepository {
  private readonly statements;
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
    this.statements = {
      secret: db.prepare<[string], { id: number; secret: Buffer }>('SELECT id, secret FROM export_projects WHERE name = ?'),
      insertProject: db.prepare<[string, Buffer, string]>('INSERT INTO export_projects (name, secret, created_at) VALUES (?, ?, ?)'),
      projects: db.prepare<[], { name: string; createdAt: string; exports: number }>(
        `SELECT p.name, p.created_at AS createdAt, count(e.id) AS exports
         FROM export_projects p LEFT JOIN exports e ON e.project_ref = p.id GROUP BY p.id ORDER BY p.name`,
      ),
      begin: db.prepare(
        `INSERT INTO exports (project_ref, export_uid, started_at, exported_by, status, formats, filters, options, ruleset)
         VALUES (@projectRef, @exportUid, @startedAt, @exportedBy, 'running', @formats, @filters, @options, @ruleset)`,
      ),
      finish: db.prepare(
        `UPDATE exports SET status = @status, finished_at = @finishedAt, case_count = @caseCount, file_count = @fileCount,
           manifest_sha256 = @manifestSha256 WHERE export_uid = @exportUid`,
      ),
    };
  }

  /** The project's secret, created (32 random bytes) the first time the project is named. */
  projectSecret(name: string, now: string): { projectRef: number; secret: Uint8Array } {
    return this.db.transaction(() => {
      const existing = this.statements.secret.get(name);
      if (existing) return { projectRef: existing.id, secret: new Uint8Array(existing.secret) };
      const secret = randomBytes(32);
      const id = Number(this.statements.insertProject.run(name, secret, now).lastInsertRowid);
      return { projectRef: id, secret: new Uint8Array(secret) };
    })();
  }

  projects(): { name: string; createdAt: string; exports: number }[] {
    return this.statements.projects.all();
  }

  begin(projectRef: number, entry: ExportLogEntry): void {
    this.statements.begin.run({
      projectRef,
      exportUid: entry.exportUid,
      startedAt: entry.startedAt,
      exportedBy: entry.exportedBy,
      formats: JSON.stringify(entry.formats),
      filters: JSON.stringify(entry.filters),
      options: JSON.stringify(entry.options),
      ruleset: entry.ruleset,
    });
  }

  finish(exportUid: string, outcome: ExportOutcome): void {
    this.statements.finish.run({ exportUid, ...outcome });
  }
}
