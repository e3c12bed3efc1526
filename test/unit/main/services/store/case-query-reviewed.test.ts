import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../../../main/services/store/database.ts';
import { caseCandidateQuery, caseCandidates } from '../../../../../main/services/store/repositories/case-query.ts';
import { type CaseFilter, caseFilterSchema, matchesCaseFilter } from '../../../../../shared/domain/case-filter.ts';

// The "reviewed" status (migration 006) in the SQL half of the case filters: a case with a review row.

function seeded() {
  const db = openMemoryDatabase();
  const insertCase = db.prepare(
    `INSERT INTO cases (study_instance_uid, case_uid, status, author, created_at, updated_at, age, age_source, sex_source)
     VALUES (?, ?, ?, 'dr', 'now', 'now', ?, 'corrected', 'unknown')`,
  );
  const insertReview = db.prepare("INSERT INTO reviews (study_instance_uid, basis, ruleset, created_at, created_by) VALUES (?, 'live', 'r@1', 'now', 'Dr Spine')");
  const cases: { id: number; status: 'draft' | 'final' | 'amended'; reviewed: boolean; age: number }[] = [];
  for (let i = 0; i < 30; i++) {
    const status = (['draft', 'final', 'amended'] as const)[i % 3]!;
    const reviewed = i % 4 === 1 || i % 5 === 0;
    const age = 30 + i;
    const id = Number(insertCase.run(`1.2.${i}`, `c${i}`, status, age).lastInsertRowid);
    if (reviewed) insertReview.run(`1.2.${i}`);
    cases.push({ id, status, reviewed, age });
  }
  return { db, cases };
}

describe('the "reviewed" status in the case query', () => {
  it('selects exactly what the shared predicate accepts, with reviewed alone or beside other statuses', () => {
    const { db, cases } = seeded();
    fc.assert(
      fc.property(fc.subarray(['draft', 'final', 'reviewed'] as const), fc.option(fc.integer({ min: 30, max: 60 }), { nil: undefined }), (statuses, ageMin) => {
        const filter: CaseFilter = caseFilterSchema.parse({ statuses, ...(ageMin !== undefined ? { ageMin } : {}) });
        const expected = cases
          .filter((c) => matchesCaseFilter({ ...c, sex: null, studyDate: null, findings: [], clinicalRedFlags: 0 }, filter))
          .map((c) => c.id);
        expect(caseCandidates(db, filter).map((c) => c.id).sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('looks reviews up by study through their index', () => {
    const { db } = seeded();
    const { sql, params } = caseCandidateQuery(caseFilterSchema.parse({ statuses: ['draft', 'reviewed'] }));
    const plan = db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(...params).map((row) => row.detail).join('\n');
    expect(plan).toMatch(/SEARCH r USING (COVERING )?INDEX reviews_by_study \(study_instance_uid=\?\)/);
  });
});
