import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase, schemaVersion } from '../../../../../../main/services/store/database.ts';
import { dicomIndex } from '../../../../../../main/services/store/migrations/001-dicom-index.ts';
import { cases } from '../../../../../../main/services/store/migrations/002-cases.ts';
import { reports } from '../../../../../../main/services/store/migrations/003-reports.ts';
import { exportTables } from '../../../../../../main/services/store/migrations/004-export.ts';
import { viewerLayout } from '../../../../../../main/services/store/migrations/005-viewer-layout.ts';
import { useTempDir } from '../../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

describe('migration 005: viewer layouts', () => {
  it('adds the layout table to a version-4 database without touching what it holds', () => {
    const dir = tempDir();
    const before = openDatabase(dir, [dicomIndex, cases, reports, exportTables]);
    before.prepare("INSERT INTO patients (id, patient_id, name, birth_date, sex) VALUES (1, 'P', 'N', '', '')").run();
    before.close();

    openDatabase(dir, [dicomIndex, cases, reports, exportTables, viewerLayout]).close();
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(schemaVersion(db)).toBe(viewerLayout.version);
    expect(db.prepare("SELECT name FROM pragma_table_info('viewer_layouts')").pluck().all()).toEqual(['study_instance_uid', 'layout', 'updated_at']);
    expect(db.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(1);
    db.close();
  });

  it('keeps one layout per study', () => {
    const db = openDatabase(tempDir(), [dicomIndex, cases, reports, exportTables, viewerLayout]);
    const insert = db.prepare("INSERT INTO viewer_layouts VALUES ('1.2.3', '{}', '2025-01-01T00:00:00Z')");
    insert.run();
    expect(() => insert.run()).toThrow(/UNIQUE/);
    db.close();
  });
});
