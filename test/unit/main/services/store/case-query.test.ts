import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openMemoryDatabase } from '../../../../../main/services/store/database.ts';
import { caseCandidateQuery, caseCandidates } from '../../../../../main/services/store/repositories/case-query.ts';
import { type CaseFilter, caseFilterSchema, matchesCaseFilter } from '../../../../../shared/domain/case-filter.ts';

const LEVELS = ['L3-L4', 'L4-L5', 'L5-S1'] as const;
const TYPES = ['disc-herniation', 'modic', 'central-stenosis'] as const;

function seeded() {
  const db = openMemoryDatabase();
  const insertCase = db.prepare(
    `INSERT INTO cases (study_instance_uid, case_uid, status, author, created_at, updated_at, study_date, age, age_source, sex, sex_source)
     VALUES (?, ?, ?, 'dr', 'now', 'now', ?, ?, 'corrected', ?, 'corrected')`,
  );
  const insertFinding = db.prepare(
    "INSERT INTO findings (case_ref, finding_uid, level, type, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'now', 'now')",
  );
  const cases: { id: number; status: 'draft' | 'final' | 'amended'; age: number | null; sex: string | null; studyDate: string | null; findings: { type: string; level: string }[] }[] = [];
  for (let i = 0; i < 40; i++) {
    const status = (['draft', 'final', 'amended'] as const)[i % 3]!;
    const age = i % 7 === 0 ? null : 20 + ((i * 7) % 60);
    const sex = i % 5 === 0 ? null : (['F', 'M'] as const)[i % 2]!;
    const studyDate = i % 9 === 0 ? null : `2025-0${1 + (i % 9)}-1${i % 10}`;
    const id = Number(insertCase.run(`1.2.${i}`, `c${i}`, status, studyDate, age, sex).lastInsertRowid);
    const findings = Array.from({ length: i % 4 }, (_, k) => ({ type: TYPES[(i + k) % 3]!, level: LEVELS[(i * k) % 3]! }));
    findings.forEach((f, k) => insertFinding.run(id, `f${k}`, f.level, f.type, k));
    cases.push({ id, status, age, sex, studyDate, findings });
  }
  return { db, cases };
}

const labelFreeFilter = fc.record(
  {
    findingTypes: fc.subarray([...TYPES]),
    levels: fc.subarray([...LEVELS]),
    sexes: fc.subarray(['F', 'M', 'O'] as const),
    statuses: fc.subarray(['draft', 'final'] as const),
    ageMin: fc.integer({ min: 0, max: 90 }),
    ageMax: fc.integer({ min: 0, max: 90 }),
    dateFrom: fc.constantFrom('2025-01-01', '2025-04-15', '2025-09-30'),
    dateTo: fc.constantFrom('2025-03-01', '2025-12-31'),
  },
  { requiredKeys: [] },
);

describe('the case query (SQL half of the case filters)', () => {
  it('selects exactly the cases the shared predicate accepts, for every label-free filter', () => {
    const { db, cases } = seeded();
    fc.assert(
      fc.property(labelFreeFilter, (input) => {
        const filter: CaseFilter = caseFilterSchema.parse(input);
        const expected = cases
          .filter((c) => matchesCaseFilter({ ...c, reviewed: false, clinicalRedFlags: 0, findings: c.findings.map((f) => ({ ...f, label: null })) }, filter))
          .map((c) => c.id)
          .sort((a, b) => a - b);
        expect(caseCandidates(db, filter).map((c) => c.id).sort((a, b) => a - b)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('looks findings up by case through the index, never scanning the findings table', () => {
    const { db } = seeded();
    const { sql, params } = caseCandidateQuery(caseFilterSchema.parse({ findingTypes: ['modic'], levels: ['L4-L5'], statuses: ['final'] }));
    const plan = db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(...params).map((row) => row.detail);
    expect(plan.join('\n')).toMatch(/SEARCH f (EXISTS )?USING INDEX findings_in_order \(case_ref=\?\)/);
    expect(plan.join('\n')).not.toMatch(/SCAN f\b/);
  });
});
