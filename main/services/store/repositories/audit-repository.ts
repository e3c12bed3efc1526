import type { Db } from '../database.ts';

/** The append-only audit trail: who changed what, when. The table refuses updates and deletes. */

export interface AuditEntry {
  at: string;
  user: string;
  caseRef: number | null;
  revision: number | null;
  /** e.g. `finding.add`, `clinical.update`. */
  action: string;
  /** What it applied to: a finding id, a level. */
  target: string | null;
  /** JSON text: what changed. */
  detail: string | null;
}

export const AUDIT_QUERIES = {
  auditOfCase: `SELECT at, user, case_ref AS caseRef, revision, action, target, detail FROM audit WHERE case_ref = ? ORDER BY id`,
} as const;

export class AuditRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      append: db.prepare<AuditEntry>(
        'INSERT INTO audit (at, user, case_ref, revision, action, target, detail) VALUES (@at, @user, @caseRef, @revision, @action, @target, @detail)',
      ),
      ofCase: db.prepare<[number], AuditEntry>(AUDIT_QUERIES.auditOfCase),
    };
  }

  append(entry: AuditEntry): void {
    this.statements.append.run(entry);
  }

  ofCase(caseRef: number): AuditEntry[] {
    return this.statements.ofCase.all(caseRef);
  }
}
