import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase, schemaVersion } from '../../../../../../main/services/store/database.ts';
import { migrations } from '../../../../../../main/services/store/migrations/index.ts';
import { useTempDir } from '../../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();
const upToDicomIndex = migrations.filter((m) => m.version < 2);
const upToCases = migrations.filter((m) => m.version <= 2);

function insertCase(db: Database.Database, uid = '1.2.3'): number {
  return Number(
    db
      .prepare(
        `INSERT INTO cases (study_instance_uid, case_uid, author, created_at, updated_at, age_source, sex_source)
         VALUES (?, 'c1', 'dr', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'unknown', 'unknown')`,
      )
      .run(uid).lastInsertRowid,
  );
}

describe('migration 002: cases', () => {
  it('upgrades a database of version 1 on disk, keeping its DICOM index', () => {
    const dir = tempDir();
    const v1 = openDatabase(dir, upToDicomIndex);
    v1.prepare("INSERT INTO patients (patient_id, name, birth_date, sex) VALUES ('P1', 'A^B', '', 'F')").run();
    v1.close();

    const db = openDatabase(dir, upToCases);
    expect(schemaVersion(db)).toBe(2);
    const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['cases', 'case_levels', 'findings', 'clinical', 'label_overrides', 'audit', 'patients']));
    expect(db.prepare('SELECT count(*) AS n FROM patients').get()).toEqual({ n: 1 });
    db.close();

    const raw = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    raw.close();
  });

  it('keeps one case per study and refuses values outside the vocabulary', () => {
    const db = openDatabase(tempDir());
    insertCase(db);
    expect(() => insertCase(db)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE cases SET status = 'deleted'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE cases SET anatomy = 'seven-lumbar'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE cases SET age = 200").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE cases SET document_extra = 'not json'").run()).toThrow(/CHECK/);
    db.close();
  });

  it('keeps finding ids unique per case, and removes findings, levels, clinical and overrides with their case', () => {
    const db = openDatabase(tempDir());
    const caseRef = insertCase(db);
    const insertFinding = db.prepare(
      `INSERT INTO findings (case_ref, finding_uid, level, type, attributes, anchor, sort_order, created_at, updated_at)
       VALUES (?, ?, 'L4-L5', 'modic', '{}', ?, 0, 'now', 'now')`,
    );
    const findingRef = Number(insertFinding.run(caseRef, 'f1', '{"sopInstanceUID":"9.8.7","imagePoint":[1,2]}').lastInsertRowid);
    expect(() => insertFinding.run(caseRef, 'f1', null)).toThrow(/UNIQUE/);
    expect(db.prepare('SELECT anchor_sop_instance_uid AS sop FROM findings').get()).toEqual({ sop: '9.8.7' });
    db.prepare("INSERT INTO case_levels (case_ref, level, normal) VALUES (?, 'L3-L4', 1)").run(caseRef);
    db.prepare("INSERT INTO clinical (case_ref, context, updated_at) VALUES (?, '{}', 'now')").run(caseRef);
    db.prepare(
      "INSERT INTO label_overrides (finding_ref, label, reason, author, created_at, computed_label, ruleset) VALUES (?, 'probably-incidental', 'old', 'dr', 'now', 'possibly-contributory', 'r@1')",
    ).run(findingRef);
    expect(() =>
      db.prepare("INSERT INTO label_overrides (finding_ref, label, reason, author, created_at, computed_label, ruleset) VALUES (?, 'maybe', 'x', 'dr', 'now', 'possibly-contributory', 'r@1')").run(findingRef),
    ).toThrow(/CHECK|UNIQUE/);

    db.prepare('DELETE FROM cases WHERE id = ?').run(caseRef);
    for (const table of ['findings', 'case_levels', 'clinical', 'label_overrides']) {
      expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    db.close();
  });

  it('makes audit rows append-only', () => {
    const db = openDatabase(tempDir());
    db.prepare("INSERT INTO audit (at, user, case_ref, revision, action) VALUES ('now', 'dr', 1, 1, 'finding.add')").run();
    expect(() => db.prepare("UPDATE audit SET user = 'someone else'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT user FROM audit').all()).toEqual([{ user: 'dr' }]);
    db.close();
  });
});
