import type { Migration } from './index.ts';

const LABELS = "('urgent-red-flag', 'likely-pain-generator', 'possibly-contributory', 'probably-incidental')";

/**
 * Reviews: a spine physician's verdicts on a case's labelled findings, an overall note, and the
 * clinical picture as the physician updated it for the review. A review belongs to what it
 * reviewed — one signed report version (its frozen correlation), or a draft's live correlation —
 * and is created with its first entry, so a case is "reviewed" exactly when it has a review row.
 * Keyed by StudyInstanceUID without a foreign key to cases, like reports. Entries are append-only
 * (triggers enforce it): the latest verdict on a finding, the latest note and the latest clinical
 * picture are the current ones, and every earlier one stays in the history.
 *
 * Also the case browser's order: every case, oldest study first (case-query.ts), read from an
 * index instead of sorted on each listing.
 */
export const reviews: Migration = {
  version: 6,
  name: 'reviews',
  up(db) {
    db.exec(`
      CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        study_instance_uid TEXT NOT NULL,
        basis TEXT NOT NULL CHECK (basis IN ('signed', 'live')),
        -- The signed version whose snapshot is reviewed; null for a draft's live correlation.
        report_version_ref INTEGER REFERENCES report_versions (id),
        -- The ruleset of the correlation reviewed.
        ruleset TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        CHECK ((basis = 'signed') = (report_version_ref IS NOT NULL))
      ) STRICT;
      CREATE INDEX reviews_by_study ON reviews (study_instance_uid, id);
      CREATE UNIQUE INDEX one_review_per_signed_version ON reviews (report_version_ref) WHERE report_version_ref IS NOT NULL;
      CREATE UNIQUE INDEX one_live_review_per_study ON reviews (study_instance_uid) WHERE basis = 'live';

      CREATE TABLE review_entries (
        id INTEGER PRIMARY KEY,
        review_ref INTEGER NOT NULL REFERENCES reviews (id),
        at TEXT NOT NULL,
        author TEXT NOT NULL CHECK (length(trim(author)) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('verdict', 'note', 'clinical')),
        finding_uid TEXT,
        verdict TEXT CHECK (verdict IN ('agree', 'disagree', 'comment')),
        -- The label the finding had when the verdict was given (override, else computed).
        reviewed_label TEXT CHECK (reviewed_label IN ${LABELS}),
        -- A disagreement: the label the physician would give.
        label TEXT CHECK (label IN ${LABELS}),
        -- A verdict's comment, or the overall note.
        text TEXT,
        -- 'clinical': the review's whole clinical picture after this change (case format v1).
        clinical TEXT CHECK (clinical IS NULL OR json_valid(clinical)),
        -- The case revision the entry was made against (a draft keeps changing).
        case_revision INTEGER,
        CHECK ((kind = 'verdict') = (finding_uid IS NOT NULL AND verdict IS NOT NULL AND reviewed_label IS NOT NULL)),
        CHECK (kind = 'verdict' OR (finding_uid IS NULL AND verdict IS NULL AND reviewed_label IS NULL)),
        CHECK ((verdict IS 'disagree') = (label IS NOT NULL)),
        CHECK (label IS NULL OR label <> reviewed_label),
        CHECK (verdict IS NOT 'comment' OR (text IS NOT NULL AND length(trim(text)) > 0)),
        CHECK (kind <> 'note' OR text IS NOT NULL),
        CHECK ((kind = 'clinical') = (clinical IS NOT NULL))
      ) STRICT;
      CREATE INDEX review_entries_in_order ON review_entries (review_ref, id);

      CREATE INDEX cases_in_study_date_order ON cases (study_date IS NULL, study_date, id);

      CREATE TRIGGER reviews_are_never_changed BEFORE UPDATE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews are never changed'); END;
      CREATE TRIGGER reviews_are_never_deleted BEFORE DELETE ON reviews
        BEGIN SELECT RAISE(ABORT, 'reviews are never deleted'); END;
      CREATE TRIGGER review_entries_are_never_changed BEFORE UPDATE ON review_entries
        BEGIN SELECT RAISE(ABORT, 'review entries are append-only: record a new verdict instead'); END;
      CREATE TRIGGER review_entries_are_never_deleted BEFORE DELETE ON review_entries
        BEGIN SELECT RAISE(ABORT, 'review entries are append-only: record a new verdict instead'); END;
      -- Only a signed version (final or amended) is reviewed as signed.
      CREATE TRIGGER review_of_signed_version BEFORE INSERT ON reviews
        WHEN NEW.report_version_ref IS NOT NULL
          AND (SELECT kind FROM report_versions WHERE id = NEW.report_version_ref) NOT IN ('final', 'amended')
        BEGIN SELECT RAISE(ABORT, 'only a signed version is reviewed as signed'); END;
    `);
  },
};
