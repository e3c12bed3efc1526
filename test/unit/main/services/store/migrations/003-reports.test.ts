import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase, schemaVersion } from '../../../../../../main/services/store/database.ts';
import { migrations } from '../../../../../../main/services/store/migrations/index.ts';
import { useTempDir } from '../../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

function addVersion(db: Database.Database, reportRef: number, kind: string, extra: { signed?: boolean; reason?: string } = {}): number {
  return Number(
    db
      .prepare(
        `INSERT INTO report_versions (report_ref, number, kind, created_at, author, content, signed_by, signed_at, reason)
         VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM report_versions WHERE report_ref = ?), ?, 't', 'dr', '{}', ?, ?, ?)`,
      )
      .run(reportRef, reportRef, kind, extra.signed ? 'Dr A' : null, extra.signed ? 't' : null, extra.reason ?? null).lastInsertRowid,
  );
}

function addSnapshot(db: Database.Database, versionRef: number, sop = `9.9.${versionRef}`): void {
  db.prepare(
    `INSERT INTO report_snapshots (version_ref, case_json, correlation_json, ruleset, overrides_json, report_json, plain_text, sha256, sr_series_instance_uid, sr_sop_instance_uid)
     VALUES (?, '{}', '{}', 'r@1', '[]', '{}', 'text', 'abc', '9.8', ?)`,
  ).run(versionRef, sop);
}

describe('migration 003: reports', () => {
  it('upgrades a database of version 2 on disk, keeping its cases', () => {
    const dir = tempDir();
    const v2 = openDatabase(dir, migrations.filter((m) => m.version <= 2));
    v2.prepare(
      `INSERT INTO cases (study_instance_uid, case_uid, author, created_at, updated_at, age_source, sex_source)
       VALUES ('1.2.3', 'c1', 'dr', 't', 't', 'unknown', 'unknown')`,
    ).run();
    v2.close();

    const db = openDatabase(dir, migrations.filter((m) => m.version <= 3));
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 1 });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['reports', 'report_versions', 'report_snapshots']));
    db.close();
    const raw = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });

  it('never updates or deletes a version, a snapshot or a report', () => {
    const db = openDatabase(tempDir());
    const reportRef = Number(db.prepare("INSERT INTO reports (study_instance_uid, created_at) VALUES ('1.2.3', 't')").run().lastInsertRowid);
    const draft = addVersion(db, reportRef, 'draft');
    const final = addVersion(db, reportRef, 'final', { signed: true });
    addSnapshot(db, final);
    expect(() => db.prepare("UPDATE report_versions SET content = '{\"x\":1}' WHERE id = ?").run(final)).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE report_versions SET content = '{\"x\":1}' WHERE id = ?").run(draft)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM report_versions WHERE id = ?').run(final)).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE report_snapshots SET plain_text = 'changed'").run()).toThrow(/frozen/);
    expect(() => db.prepare('DELETE FROM report_snapshots').run()).toThrow(/frozen/);
    expect(() => db.prepare('DELETE FROM reports').run()).toThrow(/never deleted/);
    expect(db.prepare('SELECT plain_text FROM report_snapshots').pluck().get()).toBe('text');
    db.close();
  });

  it('takes no draft and no second original after signing, only amendments and addenda', () => {
    const db = openDatabase(tempDir());
    const reportRef = Number(db.prepare("INSERT INTO reports (study_instance_uid, created_at) VALUES ('1.2.3', 't')").run().lastInsertRowid);
    expect(() => addVersion(db, reportRef, 'addendum', { signed: true })).toThrow(/only a signed report/);
    expect(() => addVersion(db, reportRef, 'amendment-draft')).toThrow(/only a signed report/);
    addVersion(db, reportRef, 'draft');
    expect(() => addVersion(db, reportRef, 'final')).toThrow(/CHECK/);
    const final = addVersion(db, reportRef, 'final', { signed: true });
    expect(() => addVersion(db, reportRef, 'draft')).toThrow(/signed: change it by an amendment/);
    expect(() => addVersion(db, reportRef, 'final', { signed: true })).toThrow(/signed: change it by an amendment/);
    addVersion(db, reportRef, 'amendment-draft');
    expect(() => addVersion(db, reportRef, 'amended', { signed: true })).toThrow(/CHECK/);
    const amended = addVersion(db, reportRef, 'amended', { signed: true, reason: 'L5–S1 level corrected' });
    addVersion(db, reportRef, 'addendum', { signed: true });
    expect(() => addVersion(db, reportRef, 'addendum')).toThrow(/CHECK/);
    addSnapshot(db, amended);
    expect(() => addSnapshot(db, 1, '9.9.x')).toThrow(/only a signed version/);
    expect(db.prepare('SELECT number, kind FROM report_versions ORDER BY number').all()).toEqual([
      { number: 1, kind: 'draft' }, { number: 2, kind: 'final' }, { number: 3, kind: 'amendment-draft' }, { number: 4, kind: 'amended' }, { number: 5, kind: 'addendum' },
    ]);
    expect(final).toBe(2);
    db.close();
  });

  it('numbers versions in sequence', () => {
    const db = openDatabase(tempDir());
    db.prepare("INSERT INTO reports (study_instance_uid, created_at) VALUES ('1.2.3', 't')").run();
    expect(() => db.prepare("INSERT INTO report_versions (report_ref, number, kind, created_at, author, content) VALUES (1, 5, 'draft', 't', 'dr', '{}')").run()).toThrow(/in sequence/);
    db.close();
  });
});
