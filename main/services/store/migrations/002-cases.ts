import type { Migration } from './index.ts';

/**
 * Cases: one per study being reported, keyed to the imported study by its StudyInstanceUID (not
 * by row id, and without a foreign key: the DICOM index may drop and re-create a study's rows
 * when files move, and a report must outlive that). Findings, levels, the clinical picture and
 * label overrides hang off the case; audit rows are append-only.
 *
 * JSON columns hold what case format v1 defines as open-ended (the typed attributes of a
 * finding, the clinical picture, an anchor), validated by the shared/domain schemas before they
 * are written, so unknown fields of an imported case survive a round trip.
 */
export const cases: Migration = {
  version: 2,
  name: 'cases',
  up(db) {
    db.exec(`
      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        study_instance_uid TEXT NOT NULL UNIQUE,
        -- The case format's "id".
        case_uid TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'amended')),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        -- Goes up by one with every saved change.
        revision INTEGER NOT NULL DEFAULT 0,
        anatomy TEXT NOT NULL DEFAULT 'standard' CHECK (anatomy IN ('standard', 'sixth-lumbar', 'sacralised-l5')),
        -- ISO YYYY-MM-DD.
        study_date TEXT,
        -- What the DICOM header said when the case was created.
        dicom_age INTEGER,
        dicom_age_source TEXT CHECK (dicom_age_source IN ('dicom-patient-age', 'dicom-birth-date')),
        dicom_sex TEXT CHECK (dicom_sex IN ('F', 'M', 'O', 'U')),
        -- What the case uses, and where it came from.
        age INTEGER CHECK (age BETWEEN 0 AND 130),
        age_source TEXT NOT NULL CHECK (age_source IN ('dicom-patient-age', 'dicom-birth-date', 'corrected', 'case-file', 'unknown')),
        sex TEXT CHECK (sex IN ('F', 'M', 'O', 'U')),
        sex_source TEXT NOT NULL CHECK (sex_source IN ('dicom', 'corrected', 'case-file', 'unknown')),
        -- Unknown fields of an imported case file: { top, study, patient, reading }.
        document_extra TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(document_extra))
      ) STRICT;

      CREATE TABLE case_levels (
        case_ref INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        level TEXT NOT NULL,
        normal INTEGER NOT NULL DEFAULT 0 CHECK (normal IN (0, 1)),
        -- { patientPoint: [x, y, z] mm, seriesInstanceUID, sopInstanceUID, frame, imagePoint: [x, y] }
        position TEXT CHECK (position IS NULL OR json_valid(position)),
        placed_by TEXT CHECK (placed_by IN ('user', 'proposed')),
        PRIMARY KEY (case_ref, level)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        case_ref INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        -- The case format's finding "id", unique in its case.
        finding_uid TEXT NOT NULL,
        level TEXT NOT NULL,
        type TEXT NOT NULL,
        side TEXT CHECK (side IN ('left', 'right', 'bilateral', 'midline')),
        note TEXT,
        -- Every other field of the finding (its typed attributes and any unknown field).
        attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
        -- { seriesInstanceUID, sopInstanceUID, frame, imagePoint, patientPoint }
        anchor TEXT CHECK (anchor IS NULL OR json_valid(anchor)),
        anchor_sop_instance_uid TEXT GENERATED ALWAYS AS (json_extract(anchor, '$.sopInstanceUID')) VIRTUAL,
        sort_order INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (case_ref, finding_uid)
      ) STRICT;
      CREATE INDEX findings_in_order ON findings (case_ref, sort_order);
      CREATE INDEX findings_by_anchor_image ON findings (anchor_sop_instance_uid) WHERE anchor IS NOT NULL;

      CREATE TABLE clinical (
        case_ref INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
        -- The clinical picture of case format v1; a missing field is "not recorded".
        context TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(context)),
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE label_overrides (
        finding_ref INTEGER PRIMARY KEY REFERENCES findings (id) ON DELETE CASCADE,
        label TEXT NOT NULL CHECK (label IN ('urgent-red-flag', 'likely-pain-generator', 'possibly-contributory', 'probably-incidental')),
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        -- What the engine said when the radiologist overrode it, and which ruleset said it.
        computed_label TEXT NOT NULL CHECK (computed_label IN ('urgent-red-flag', 'likely-pain-generator', 'possibly-contributory', 'probably-incidental')),
        ruleset TEXT NOT NULL
      ) STRICT;

      -- Append-only: who changed what, when. No foreign key, so it outlives anything it mentions.
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        case_ref INTEGER,
        -- The revision the change produced.
        revision INTEGER,
        action TEXT NOT NULL,
        target TEXT,
        detail TEXT CHECK (detail IS NULL OR json_valid(detail))
      ) STRICT;
      CREATE INDEX audit_by_case ON audit (case_ref, id);
      CREATE TRIGGER audit_rows_are_never_changed BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
      CREATE TRIGGER audit_rows_are_never_deleted BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;
    `);
  },
};
