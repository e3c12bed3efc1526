import type { Migration } from './index.ts';

/**
 * Reports: every saved version of a study's report, append-only. Drafts are autosaved as new
 * versions; signing appends a `final` version and freezes what it was signed from (the case, its
 * correlation with the ruleset version, the overrides, the text) in a snapshot. After that the
 * report changes only by an `amendment-draft` → `amended` version or an `addendum`, each with its
 * own time: nothing signed is ever updated or deleted, and triggers enforce it below the service.
 * Keyed by StudyInstanceUID without a foreign key to cases, like the cases themselves: a signed
 * report outlives whatever happens to the index or the case.
 */
export const reports: Migration = {
  version: 3,
  name: 'reports',
  up(db) {
    db.exec(`
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        study_instance_uid TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE report_versions (
        id INTEGER PRIMARY KEY,
        report_ref INTEGER NOT NULL REFERENCES reports (id),
        -- 1, 2, 3… within the report, in the order they were saved.
        number INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('draft', 'final', 'amendment-draft', 'amended', 'addendum')),
        created_at TEXT NOT NULL,
        author TEXT NOT NULL,
        -- Drafts and signed versions: the report content (sections with their generated base);
        -- addenda: { "text": "…" }.
        content TEXT NOT NULL CHECK (json_valid(content)),
        -- The case revision the content was drafted or regenerated from.
        case_revision INTEGER,
        signed_by TEXT,
        signed_at TEXT,
        -- Why an amended version replaces the one before it.
        reason TEXT,
        UNIQUE (report_ref, number),
        CHECK ((kind IN ('final', 'amended', 'addendum')) = (signed_by IS NOT NULL AND length(trim(signed_by)) > 0 AND signed_at IS NOT NULL)),
        CHECK (kind <> 'amended' OR (reason IS NOT NULL AND length(trim(reason)) > 0))
      ) STRICT;
      CREATE INDEX report_versions_in_order ON report_versions (report_ref, number);

      -- What a final or amended version was signed from, frozen.
      CREATE TABLE report_snapshots (
        version_ref INTEGER PRIMARY KEY REFERENCES report_versions (id),
        case_json TEXT NOT NULL CHECK (json_valid(case_json)),
        correlation_json TEXT NOT NULL CHECK (json_valid(correlation_json)),
        ruleset TEXT NOT NULL,
        overrides_json TEXT NOT NULL CHECK (json_valid(overrides_json)),
        report_json TEXT NOT NULL CHECK (json_valid(report_json)),
        plain_text TEXT NOT NULL,
        -- SHA-256 of case, correlation, overrides and report JSON: shows the snapshot is the one signed.
        sha256 TEXT NOT NULL,
        -- The DICOM SR of this signed version keeps these UIDs on every export.
        sr_series_instance_uid TEXT NOT NULL,
        sr_sop_instance_uid TEXT NOT NULL UNIQUE
      ) STRICT;

      CREATE TRIGGER reports_are_never_deleted BEFORE DELETE ON reports
        BEGIN SELECT RAISE(ABORT, 'reports are never deleted'); END;
      CREATE TRIGGER reports_are_never_changed BEFORE UPDATE ON reports
        BEGIN SELECT RAISE(ABORT, 'reports are never changed'); END;
      CREATE TRIGGER report_versions_are_never_changed BEFORE UPDATE ON report_versions
        BEGIN SELECT RAISE(ABORT, 'report versions are append-only: a signed report changes only by an amendment or an addendum'); END;
      CREATE TRIGGER report_versions_are_never_deleted BEFORE DELETE ON report_versions
        BEGIN SELECT RAISE(ABORT, 'report versions are append-only: a signed report changes only by an amendment or an addendum'); END;
      CREATE TRIGGER report_snapshots_are_never_changed BEFORE UPDATE ON report_snapshots
        BEGIN SELECT RAISE(ABORT, 'signed snapshots are frozen'); END;
      CREATE TRIGGER report_snapshots_are_never_deleted BEFORE DELETE ON report_snapshots
        BEGIN SELECT RAISE(ABORT, 'signed snapshots are frozen'); END;

      -- Once signed, no more drafts and no second original: only amendments and addenda.
      CREATE TRIGGER signed_report_takes_no_draft BEFORE INSERT ON report_versions
        WHEN NEW.kind IN ('draft', 'final')
          AND EXISTS (SELECT 1 FROM report_versions WHERE report_ref = NEW.report_ref AND kind = 'final')
        BEGIN SELECT RAISE(ABORT, 'this report is signed: change it by an amendment or an addendum'); END;
      -- Amendments and addenda follow a signed original.
      CREATE TRIGGER amendment_needs_signed_original BEFORE INSERT ON report_versions
        WHEN NEW.kind IN ('amendment-draft', 'amended', 'addendum')
          AND NOT EXISTS (SELECT 1 FROM report_versions WHERE report_ref = NEW.report_ref AND kind = 'final')
        BEGIN SELECT RAISE(ABORT, 'only a signed report can be amended or given an addendum'); END;
      -- Versions are numbered in the order they are saved.
      CREATE TRIGGER report_versions_in_sequence BEFORE INSERT ON report_versions
        WHEN NEW.number <> 1 + coalesce((SELECT max(number) FROM report_versions WHERE report_ref = NEW.report_ref), 0)
        BEGIN SELECT RAISE(ABORT, 'report versions are numbered in sequence'); END;
      -- Only signed originals and amended versions have a snapshot.
      CREATE TRIGGER snapshot_of_signed_version BEFORE INSERT ON report_snapshots
        WHEN (SELECT kind FROM report_versions WHERE id = NEW.version_ref) NOT IN ('final', 'amended')
        BEGIN SELECT RAISE(ABORT, 'only a signed version has a snapshot'); END;
    `);
  },
};
