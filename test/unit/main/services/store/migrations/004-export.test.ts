import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase, schemaVersion } from '../../../../../../main/services/store/database.ts';
import { migrations } from '../../../../../../main/services/store/migrations/index.ts';
import { ExportRepository } from '../../../../../../main/services/store/repositories/export-repository.ts';
import { useTempDir } from '../../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

describe('migration 004: export projects and the export log', () => {
  it('upgrades a version 3 database on disk, keeping its cases', () => {
    const dir = tempDir();
    const v3 = openDatabase(dir, migrations.filter((m) => m.version <= 3));
    v3.prepare(
      `INSERT INTO cases (study_instance_uid, case_uid, author, created_at, updated_at, age_source, sex_source)
       VALUES ('1.2.3', 'c1', 'dr', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'unknown', 'unknown')`,
    ).run();
    v3.close();

    const db = openDatabase(dir, migrations.filter((m) => m.version <= 4));
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
    const repository = new ExportRepository(db);
    const first = repository.projectSecret('spine cohort', '2026-01-02T00:00:00Z');
    expect(first.secret).toHaveLength(32);
    expect(repository.projectSecret('spine cohort', '2026-01-03T00:00:00Z')).toEqual(first);
    expect(repository.projectSecret('other', '2026-01-03T00:00:00Z').secret).not.toEqual(first.secret);
    repository.begin(first.projectRef, { exportUid: 'e1', startedAt: 'now', exportedBy: 'researcher', formats: ['csv'], filters: {}, options: {}, ruleset: 'r@1' });
    repository.finish('e1', { status: 'done', finishedAt: 'later', caseCount: 3, fileCount: 4, manifestSha256: 'ab' });
    expect(repository.projects()).toEqual([
      { name: 'other', createdAt: '2026-01-03T00:00:00Z', exports: 0 },
      { name: 'spine cohort', createdAt: '2026-01-02T00:00:00Z', exports: 1 },
    ]);
    db.close();

    const raw = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    raw.close();
  });

  it('refuses a secret that is not 32 bytes and a status outside the list', () => {
    const db = openDatabase(tempDir());
    expect(() => db.prepare("INSERT INTO export_projects (name, secret, created_at) VALUES ('x', x'00', 'now')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO export_projects (name, secret, created_at) VALUES ('x', zeroblob(32), 'now')").run();
    expect(() =>
      db.prepare("INSERT INTO exports (project_ref, export_uid, started_at, exported_by, status, formats, filters, options, ruleset) VALUES (1, 'e', 'now', 'u', 'half-done', '[]', '{}', '{}', 'r')").run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
