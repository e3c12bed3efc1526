import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result.ts';
import { migrations as defaultMigrations, type Migration } from './migrations/index.ts';

export type Db = Database.Database;

export const DATABASE_FILE = 'spinecorrelate.sqlite';

/**
 * Opens (creating if needed) the database in `dataDir` with the durability settings of
 * ../shared/design.md and brings it to the current schema. A database written by a newer version
 * of the app is refused and left exactly as it was.
 */
export function openDatabase(dataDir: string, migrations: readonly Migration[] = defaultMigrations): Db {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE);
  const exists = fs.existsSync(file);
  if (exists) refuseIfNewer(file, migrations);
  const db = new Database(file);
  try {
    applyPragmas(db);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** An in-memory database with the same schema, for tests and throwaway work. */
export function openMemoryDatabase(migrations: readonly Migration[] = defaultMigrations): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, migrations);
  return db;
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // WAL's default NORMAL can lose the last commits on power loss; a report must not.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** Reads user_version from a read-only handle so a newer database is never touched. */
function refuseIfNewer(file: string, migrations: readonly Migration[]): void {
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  let version: number;
  try {
    version = probe.pragma('user_version', { simple: true }) as number;
  } finally {
    probe.close();
  }
  const supported = latestVersion(migrations);
  if (version > supported) {
    throw new AppError(
      'unavailable',
      `This database was written by a newer version of SpineCorrelate (schema ${version}; this version understands up to ${supported}). Update the app; the database has not been changed.`,
    );
  }
}

/** Runs every pending migration in one transaction: all of them apply, or none. */
export function migrate(db: Db, migrations: readonly Migration[]): void {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((m, index) => {
    if (m.version !== index + 1) throw new Error(`Migrations must be numbered 1..n without gaps (found ${m.version} at ${index + 1})`);
  });
  const current = schemaVersion(db);
  const supported = latestVersion(ordered);
  if (current > supported) {
    throw new AppError('unavailable', `This database was written by a newer version of SpineCorrelate (schema ${current}).`);
  }
  if (!ordered.some((m) => m.version > current)) return;
  // The app, its workers and the command line may open a new database at the same moment: take
  // the write lock first (IMMEDIATE waits for it under busy_timeout), then see what is still
  // pending, since another connection may have migrated while this one waited.
  db.transaction(() => {
    const now = schemaVersion(db);
    for (const m of ordered.filter((pending) => pending.version > now)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  }).immediate();
}
