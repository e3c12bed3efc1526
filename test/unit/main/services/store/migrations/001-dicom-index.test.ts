import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase, schemaVersion } from '../../../../../../main/services/store/database.ts';
import { dicomIndex } from '../../../../../../main/services/store/migrations/001-dicom-index.ts';
import { useTempDir } from '../../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

describe('migration 001: the DICOM index', () => {
  it('creates patients, studies, series and instances in a real database file', () => {
    const dir = tempDir();
    openDatabase(dir, [dicomIndex]).close();
    const db = new Database(path.join(dir, DATABASE_FILE), { readonly: true });
    expect(schemaVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(['instances', 'patients', 'series', 'studies']);
    const columns = db.prepare("SELECT name FROM pragma_table_info('instances')").pluck().all();
    expect(columns).toEqual(expect.arrayContaining(['file_path', 'file_size', 'file_mtime_ms', 'transfer_syntax_uid', 'image_position', 'image_orientation', 'slice_position']));
    db.close();
  });

  it('keeps the hierarchy whole: a series needs its study, and removing a study removes its series and instances', () => {
    const db = openDatabase(tempDir(), [dicomIndex]);
    expect(() =>
      db.prepare(
        `INSERT INTO series (study_ref, series_instance_uid, description, modality, body_part, protocol_name, sequence_name, scanning_sequence,
           sequence_variant, mr_acquisition_type, frame_of_reference_uid, weighting) VALUES (99, '1.2', '', 'MR', '', '', '', '', '', '', '', 'T1')`,
      ).run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO patients (id, patient_id, name, birth_date, sex) VALUES (1, 'P', 'N', '', '')").run();
    db.prepare("INSERT INTO studies (id, patient_ref, study_instance_uid, description, accession_number, study_id) VALUES (1, 1, '1.1', '', '', '')").run();
    db.prepare(
      `INSERT INTO series (id, study_ref, series_instance_uid, description, modality, body_part, protocol_name, sequence_name, scanning_sequence,
         sequence_variant, mr_acquisition_type, frame_of_reference_uid, weighting) VALUES (1, 1, '1.2', '', 'MR', '', '', '', '', '', '', '', 'T1')`,
    ).run();
    expect(() => db.prepare("UPDATE series SET plane = 'diagonal' WHERE id = 1").run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM studies WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM series').pluck().get()).toBe(0);
    db.close();
  });
});
