import type { Migration } from './index.ts';

/**
 * The research export's own state. An export project holds the random secret its pseudonyms,
 * date offsets and UID map derive from (HMAC; see main/services/deid/keys.ts): it stays here and
 * never goes into an export, so exporting again into the same project gives the same pseudonyms
 * and nobody holding the export can recompute them. `exports` logs each export: when, by whom,
 * with which formats, filters, options and ruleset, and what came of it — never patient data
 * nor the folder it went to (folder names can hold names).
 */
export const exportTables: Migration = {
  version: 4,
  name: 'export',
  up(db) {
    db.exec(`
      CREATE TABLE export_projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        secret BLOB NOT NULL CHECK (length(secret) = 32),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE exports (
        id INTEGER PRIMARY KEY,
        project_ref INTEGER NOT NULL REFERENCES export_projects (id),
        export_uid TEXT NOT NULL UNIQUE,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        exported_by TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed')),
        formats TEXT NOT NULL CHECK (json_valid(formats)),
        filters TEXT NOT NULL CHECK (json_valid(filters)),
        options TEXT NOT NULL CHECK (json_valid(options)),
        ruleset TEXT NOT NULL,
        case_count INTEGER,
        file_count INTEGER,
        manifest_sha256 TEXT
      ) STRICT;
      CREATE INDEX exports_by_project ON exports (project_ref, started_at);
    `);
  },
};
