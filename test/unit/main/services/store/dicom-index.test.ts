import { describe, expect, it } from 'vitest';
import { openMemoryDatabase, type Db } from '../../../../../main/services/store/database.ts';
import { KNOWN_FILES_IN_RANGE } from '../../../../../main/services/store/repositories/dicom-index.ts';
import { SERIES_INSTANCES_IN_ORDER } from '../../../../../main/services/store/repositories/series-instances.ts';
import { LIST_QUERIES } from '../../../../../main/services/store/repositories/study-list.ts';

/** The plan's detail lines, e.g. 'SEARCH instances USING INDEX …'. */
function plan(db: Db, sql: string, ...params: unknown[]): string[] {
  return db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => (row as { detail: string }).detail);
}

describe('hot queries of the DICOM index use an index', () => {
  const db = openMemoryDatabase();

  it('finds the files already indexed under a folder by a range of the path index', () => {
    expect(plan(db, KNOWN_FILES_IN_RANGE, '/a/', '/a0').join('\n')).toMatch(/SEARCH i USING INDEX sqlite_autoindex_instances_\d \(file_path>\? AND file_path<\?\)/);
  });

  it('finds an instance by its SOP Instance UID', () => {
    expect(plan(db, 'SELECT id FROM instances WHERE sop_instance_uid = ?', '1.2')).toEqual([expect.stringMatching(/SEARCH instances USING COVERING INDEX sqlite_autoindex_instances_\d \(sop_instance_uid=\?\)/)]);
  });

  it("reads a series' instances in slice order without sorting", () => {
    const lines = plan(db, SERIES_INSTANCES_IN_ORDER, 1);
    expect(lines.join('\n')).toMatch(/SEARCH instances USING (COVERING )?INDEX instances_in_slice_order \(series_ref=\?\)/);
    expect(lines.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('finds studies, series and patients by UID or identity', () => {
    expect(plan(db, 'SELECT id FROM studies WHERE study_instance_uid = ?', '1').join()).toMatch(/USING COVERING INDEX sqlite_autoindex_studies_1/);
    expect(plan(db, 'SELECT id FROM series WHERE series_instance_uid = ?', '1').join()).toMatch(/USING (COVERING )?INDEX sqlite_autoindex_series_1/);
    expect(plan(db, 'SELECT id FROM patients WHERE patient_id = ? AND name = ? AND birth_date = ?', 'a', 'b', '').join()).toMatch(
      /USING COVERING INDEX sqlite_autoindex_patients_1/,
    );
  });

  it('serves an instance file by id from the primary key', () => {
    expect(plan(db, 'SELECT file_path FROM instances WHERE id = ?', 1)).toEqual([expect.stringMatching(/SEARCH instances USING INTEGER PRIMARY KEY \(rowid=\?\)/)]);
  });

  it('lists series and studies without scanning per parent', () => {
    expect(plan(db, 'SELECT id FROM series WHERE study_ref = ?', 1).join()).toMatch(/USING COVERING INDEX series_by_study/);
    expect(plan(db, 'SELECT id FROM studies WHERE patient_ref = ?', 1).join()).toMatch(/USING COVERING INDEX studies_by_patient/);
    for (const sql of Object.values(LIST_QUERIES)) expect(() => plan(db, sql)).not.toThrow();
  });
});
