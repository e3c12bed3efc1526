import type { Db } from '../database.ts';

/** The clinical picture of a case: one JSON document per case, validated before it is written. */

export const CLINICAL_QUERIES = {
  clinicalOfCase: 'SELECT context FROM clinical WHERE case_ref = ?',
} as const;

export class ClinicalRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      get: db.prepare<[number], { context: string }>(CLINICAL_QUERIES.clinicalOfCase),
      put: db.prepare<[number, string, string]>(
        `INSERT INTO clinical (case_ref, context, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (case_ref) DO UPDATE SET context = excluded.context, updated_at = excluded.updated_at`,
      ),
    };
  }

  /** JSON text; `{}` when nothing was recorded. */
  get(caseRef: number): string {
    return this.statements.get.get(caseRef)?.context ?? '{}';
  }

  put(caseRef: number, context: string, at: string): void {
    this.statements.put.run(caseRef, context, at);
  }
}
