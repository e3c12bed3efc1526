import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase, schemaVersion } from '../../../../../main/services/store/database.ts';
import { migrations, type Migration } from '../../../../../main/services/store/migrations/index.ts';
import { AppError } from '../../../../../shared/ipc/result.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

const testMigrations: Migration[] = [
  { version: 1, name: 'a', up: (db) => db.exec('CREATE TABLE a (id INTEGER PRIMARY KEY)') },
  { version: 2, name: 'b', up: (db) => db.exec('CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id))') },
];

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

describe('openDatabase', () => {
  it('applies the durability settings of the design', () => {
    const db = openDatabase(tempDir(), testMigrations);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('brings a new database to the latest version and leaves a current one alone', () => {
    const dir = tempDir();
    const first = openDatabase(dir, testMigrations);
    expect(schemaVersion(first)).toBe(2);
    first.prepare('INSERT INTO a (id) VALUES (1)').run();
    first.close();
    const again = openDatabase(dir, testMigrations);
    expect(again.prepare('SELECT count(*) AS n FROM a').get()).toEqual({ n: 1 });
    again.close();
  });

  it('runs all pending migrations in one transaction: a failure applies none', () => {
    const dir = tempDir();
    openDatabase(dir, testMigrations.slice(0, 1)).close();
    const broken: Migration[] = [
      ...testMigrations,
      { version: 3, name: 'c', up: (db) => db.exec('CREATE TABLE c (id INTEGER PRIMARY KEY)') },
      { version: 4, name: 'bad', up: (db) => db.exec('THIS IS NOT SQL') },
    ];
    expect(() => openDatabase(dir, broken)).toThrow();
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name IN ('b', 'c')").all()).toEqual([]);
    db.close();
  });

  it('refuses a database written by a newer version and leaves it byte-for-byte untouched', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE);
    const newer = new Database(file);
    newer.pragma('journal_mode = DELETE');
    newer.exec('CREATE TABLE from_the_future (x TEXT)');
    newer.pragma('user_version = 99');
    newer.close();
    const before = sha256(file);
    const entriesBefore = fs.readdirSync(dir).sort();

    expect(() => openDatabase(dir, testMigrations)).toThrow(AppError);
    expect(() => openDatabase(dir, testMigrations)).toThrow(/newer version/);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(entriesBefore);
  });

  it('rejects a migration list with a gap in its numbering', () => {
    const gap: Migration[] = [testMigrations[0]!, { ...testMigrations[1]!, version: 3 }];
    expect(() => openDatabase(tempDir(), gap)).toThrow(/without gaps/);
  });

  it('the shipped migrations are numbered 1..n', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });
});
