import type { Migration } from './index.ts';

/**
 * The index of imported DICOM: patients → studies → series → instances. Files stay where they
 * are; an instance row records where its file was and what it looked like (size, mtime) so a
 * re-import can skip it unread and a moved file is noticed when it is needed. Series carry what
 * the study browser shows, derived from their instances whenever those change.
 */
export const dicomIndex: Migration = {
  version: 1,
  name: 'dicom-index',
  up(db) {
    db.exec(`
      CREATE TABLE patients (
        id INTEGER PRIMARY KEY,
        patient_id TEXT NOT NULL,
        -- Decoded with the file's character set, DICOM delimiters (^ =) kept.
        name TEXT NOT NULL,
        -- '' when unknown, so that the identity below stays unique.
        birth_date TEXT NOT NULL,
        sex TEXT NOT NULL,
        UNIQUE (patient_id, name, birth_date)
      ) STRICT;

      CREATE TABLE studies (
        id INTEGER PRIMARY KEY,
        patient_ref INTEGER NOT NULL REFERENCES patients (id) ON DELETE CASCADE,
        study_instance_uid TEXT NOT NULL UNIQUE,
        study_date TEXT,
        study_time TEXT,
        description TEXT NOT NULL,
        accession_number TEXT NOT NULL,
        study_id TEXT NOT NULL,
        -- PatientAge (AS) as stated at this study; null when the header has none.
        patient_age TEXT
      ) STRICT;
      CREATE INDEX studies_by_patient ON studies (patient_ref);

      CREATE TABLE series (
        id INTEGER PRIMARY KEY,
        study_ref INTEGER NOT NULL REFERENCES studies (id) ON DELETE CASCADE,
        series_instance_uid TEXT NOT NULL UNIQUE,
        series_number INTEGER,
        description TEXT NOT NULL,
        modality TEXT NOT NULL,
        body_part TEXT NOT NULL,
        protocol_name TEXT NOT NULL,
        sequence_name TEXT NOT NULL,
        scanning_sequence TEXT NOT NULL,
        sequence_variant TEXT NOT NULL,
        mr_acquisition_type TEXT NOT NULL,
        repetition_time_ms REAL,
        echo_time_ms REAL,
        inversion_time_ms REAL,
        magnetic_field_strength REAL,
        frame_of_reference_uid TEXT NOT NULL,
        weighting TEXT NOT NULL CHECK (weighting IN ('T1', 'T2', 'STIR', 'other')),
        -- Derived from the instances:
        kind TEXT NOT NULL DEFAULT 'image',
        plane TEXT NOT NULL DEFAULT 'unknown' CHECK (plane IN ('sagittal', 'axial', 'coronal', 'oblique', 'unknown')),
        instance_count INTEGER NOT NULL DEFAULT 0,
        slice_count INTEGER NOT NULL DEFAULT 0,
        slice_spacing_mm REAL,
        rows INTEGER,
        columns INTEGER,
        thumbnail_instance_ref INTEGER
      ) STRICT;
      CREATE INDEX series_by_study ON series (study_ref);

      CREATE TABLE instances (
        id INTEGER PRIMARY KEY,
        series_ref INTEGER NOT NULL REFERENCES series (id) ON DELETE CASCADE,
        sop_instance_uid TEXT NOT NULL UNIQUE,
        sop_class_uid TEXT NOT NULL,
        kind TEXT NOT NULL,
        instance_number INTEGER,
        file_path TEXT NOT NULL UNIQUE,
        file_size INTEGER NOT NULL,
        file_mtime_ms INTEGER NOT NULL,
        transfer_syntax_uid TEXT NOT NULL,
        image_type TEXT NOT NULL,
        rows INTEGER,
        columns INTEGER,
        frames INTEGER NOT NULL,
        samples_per_pixel INTEGER,
        photometric_interpretation TEXT NOT NULL,
        bits_allocated INTEGER,
        bits_stored INTEGER,
        high_bit INTEGER,
        pixel_representation INTEGER,
        -- JSON arrays of numbers: [row, column] mm; [x, y, z] mm; [row xyz, column xyz].
        pixel_spacing TEXT,
        image_position TEXT,
        image_orientation TEXT,
        slice_thickness REAL,
        spacing_between_slices REAL,
        -- ImagePositionPatient · slice normal, mm: the order of slices in the series.
        slice_position REAL,
        window_center REAL,
        window_width REAL,
        rescale_intercept REAL,
        rescale_slope REAL
      ) STRICT;
      CREATE INDEX instances_in_slice_order ON instances (series_ref, slice_position, instance_number);
    `);
  },
};
