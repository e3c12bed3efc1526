import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../main/services/store/database.ts';
import { AUDIT_QUERIES } from '../../../../../main/services/store/repositories/audit-repository.ts';
import { CASE_QUERIES } from '../../../../../main/services/store/repositories/case-repository.ts';
import { CLINICAL_QUERIES } from '../../../../../main/services/store/repositories/clinical-repository.ts';
import { FINDING_QUERIES } from '../../../../../main/services/store/repositories/finding-repository.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

/** What SQLite plans for a query: one line per step, e.g. `SEARCH findings USING INDEX findings_in_order (case_ref=?)`. */
function plan(sql: string, parameters: unknown[]): string[] {
  const db = openDatabase(tempDir());
  try {
    return db.prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters).map((row) => row.detail);
  } finally {
    db.close();
  }
}

// Every query a reading session runs on each change must find its rows through an index: a case
// with a long history must not get slower to edit.
const HOT_QUERIES: [string, string, unknown[], RegExp[]][] = [
  ['case by study', CASE_QUERIES.caseByStudy, ['1.2.3'], [/SEARCH cases USING INDEX sqlite_autoindex_cases_1 \(study_instance_uid=\?\)/]],
  ['levels of a case', CASE_QUERIES.levelsOfCase, [1], [/SEARCH case_levels USING PRIMARY KEY \(case_ref=\?\)/]],
  ['the imported study', CASE_QUERIES.importedStudy, ['1.2.3'], [/SEARCH s USING INDEX .*\(study_instance_uid=\?\)/, /SEARCH p USING INTEGER PRIMARY KEY/]],
  ['findings of a case, in order', FINDING_QUERIES.findingsOfCase, [1], [/SEARCH findings USING INDEX findings_in_order \(case_ref=\?\)/]],
  ['one finding', FINDING_QUERIES.findingByUid, [1, 'f1'], [/SEARCH findings USING INDEX sqlite_autoindex_findings_1 \(case_ref=\? AND finding_uid=\?\)/]],
  ['overrides of a case', FINDING_QUERIES.overridesOfCase, [1], [/SEARCH f USING INDEX findings_in_order \(case_ref=\?\)/, /SEARCH o USING INTEGER PRIMARY KEY/]],
  ['findings anchored on an image', FINDING_QUERIES.findingsAnchoredOn, ['1.2.3.4'], [/SEARCH findings USING INDEX findings_by_anchor_image/]],
  ['clinical picture of a case', CLINICAL_QUERIES.clinicalOfCase, [1], [/SEARCH clinical USING INTEGER PRIMARY KEY/]],
  ['audit of a case', AUDIT_QUERIES.auditOfCase, [1], [/SEARCH audit USING (COVERING )?INDEX audit_by_case \(case_ref=\?\)/]],
];

describe('query plans of the case repositories', () => {
  it.each(HOT_QUERIES)('%s uses an index and never scans or sorts', (_name, sql, parameters, expected) => {
    const steps = plan(sql, parameters);
    for (const pattern of expected) expect(steps.some((step) => pattern.test(step)), `${steps.join('\n')}\nshould match ${pattern}`).toBe(true);
    expect(steps.filter((step) => /^SCAN |TEMP B-TREE/.test(step))).toEqual([]);
  });
});
