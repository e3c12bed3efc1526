import fs from 'node:fs';
import { planeOf, sliceNormal, slicePosition, sliceStack } from '../../dicom/geometry.ts';
import type { InstanceRecord } from '../../dicom/instance-record.ts';
import { IMAGE_KIND } from '../../dicom/sop-class.ts';
import { weightingOf } from '../../dicom/weighting.ts';
import type { Db } from '../database.ts';

/** What the index knows about a file path: enough to skip it when nothing changed. */
export interface KnownFile {
  size: number;
  mtimeMs: number;
  seriesRef: number;
  studyRef: number;
}

export type WriteOutcome =
  | { status: 'added' | 'updated'; seriesRef: number; studyRef: number }
  | { status: 'duplicate' };

/**
 * The write side of the DICOM index: one prepared statement per query, records written in
 * batches, each batch one transaction that also refreshes what the browser shows for every
 * series it touched — so whatever is committed is consistent, and a cancelled import leaves
 * complete rows only.
 */
export class DicomIndexWriter {
  private readonly db: Db;
  private readonly patientIds = new Map<string, number>();
  private readonly studyIds = new Map<string, { id: number }>();
  private readonly seriesIds = new Map<string, { id: number; studyRef: number }>();
  private readonly statements;
  /** Existence of a file at another path, checked when the same instance shows up twice. */
  private readonly fileExists: (path: string) => boolean;

  constructor(db: Db, fileExists: (path: string) => boolean = (p) => fs.existsSync(p)) {
    this.db = db;
    this.fileExists = fileExists;
    this.statements = {
      patientByIdentity: db.prepare<[string, string, string], { id: number }>(
        'SELECT id FROM patients WHERE patient_id = ? AND name = ? AND birth_date = ?',
      ),
      insertPatient: db.prepare('INSERT INTO patients (patient_id, name, birth_date, sex) VALUES (?, ?, ?, ?)'),
      studyByUid: db.prepare<[string], { id: number }>('SELECT id FROM studies WHERE study_instance_uid = ?'),
      insertStudy: db.prepare(
        `INSERT INTO studies (patient_ref, study_instance_uid, study_date, study_time, description, accession_number, study_id, patient_age)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      seriesByUid: db.prepare<[string], { id: number; studyRef: number }>('SELECT id, study_ref AS studyRef FROM series WHERE series_instance_uid = ?'),
      insertSeries: db.prepare(
        `INSERT INTO series (study_ref, series_instance_uid, series_number, description, modality, body_part, protocol_name,
           sequence_name, scanning_sequence, sequence_variant, mr_acquisition_type, repetition_time_ms, echo_time_ms,
           inversion_time_ms, magnetic_field_strength, frame_of_reference_uid, weighting)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      instanceByUid: db.prepare<[string], { id: number; path: string; seriesRef: number }>(
        'SELECT id, file_path AS path, series_ref AS seriesRef FROM instances WHERE sop_instance_uid = ?',
      ),
      deleteByPath: db.prepare<[string], { seriesRef: number }>('DELETE FROM instances WHERE file_path = ? RETURNING series_ref AS seriesRef'),
      insertInstance: db.prepare(
        `INSERT INTO instances (series_ref, sop_instance_uid, sop_class_uid, kind, instance_number, file_path, file_size,
           file_mtime_ms, transfer_syntax_uid, image_type, rows, columns, frames, samples_per_pixel,
           photometric_interpretation, bits_allocated, bits_stored, high_bit, pixel_representation, pixel_spacing,
           image_position, image_orientation, slice_thickness, spacing_between_slices, slice_position, window_center,
           window_width, rescale_intercept, rescale_slope)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT DO NOTHING`,
      ),
      deleteInstance: db.prepare('DELETE FROM instances WHERE id = ?'),
      seriesGeometry: db.prepare<[number], InstanceGeometryRow>(
        `SELECT id, kind, image_orientation AS orientation, slice_position AS position, rows, columns
           FROM instances WHERE series_ref = ? ORDER BY slice_position, instance_number, id`,
      ),
      updateSeries: db.prepare(
        `UPDATE series SET kind = ?, plane = ?, instance_count = ?, slice_count = ?, slice_spacing_mm = ?, rows = ?,
           columns = ?, thumbnail_instance_ref = ? WHERE id = ?`,
      ),
      deleteSeries: db.prepare<[number], { studyRef: number }>('DELETE FROM series WHERE id = ? RETURNING study_ref AS studyRef'),
      deleteStudyIfEmpty: db.prepare<[number], { patientRef: number }>(
        'DELETE FROM studies WHERE id = ? AND NOT EXISTS (SELECT 1 FROM series WHERE study_ref = ?1) RETURNING patient_ref AS patientRef',
      ),
      deletePatientIfEmpty: db.prepare('DELETE FROM patients WHERE id = ? AND NOT EXISTS (SELECT 1 FROM studies WHERE patient_ref = ?1)'),
    };
  }

  /**
   * Writes records in one transaction (IMMEDIATE: it takes the write lock before reading, so
   * parallel writers never see a stale index); outcomes in the same order.
   */
  writeBatch(records: readonly InstanceRecord[]): WriteOutcome[] {
    return this.db.transaction(() => {
      // Ids are cached within one transaction only: another writer may change the index between.
      this.patientIds.clear();
      this.studyIds.clear();
      this.seriesIds.clear();
      const touched = new Set<number>();
      const outcomes = records.map((record) => this.write(record, touched));
      for (const seriesRef of touched) this.refreshSeries(seriesRef);
      return outcomes;
    }).immediate();
  }

  private write(r: InstanceRecord, touched: Set<number>): WriteOutcome {
    const s = this.statements;
    const series = this.seriesFor(r);
    touched.add(series.id);
    const values = instanceValues(series.id, r);
    if (s.insertInstance.run(values).changes === 1) return { status: 'added', seriesRef: series.id, studyRef: series.studyRef };

    // The instance or the path is indexed already. The same instance at another path is a copy
    // while that file is still there; otherwise the file moved, or changed in place, and the
    // index follows it.
    const existing = s.instanceByUid.get(r.sopInstanceUID);
    if (existing && existing.path !== r.path && this.fileExists(existing.path)) return { status: 'duplicate' };
    for (const gone of s.deleteByPath.all(r.path)) touched.add(gone.seriesRef);
    if (existing) {
      s.deleteInstance.run(existing.id);
      touched.add(existing.seriesRef);
    }
    s.insertInstance.run(values);
    return { status: 'updated', seriesRef: series.id, studyRef: series.studyRef };
  }

  private patientFor(r: InstanceRecord): number {
    const p = r.patient;
    const key = `${p.patientId}\0${p.name}\0${p.birthDate ?? ''}`;
    let id = this.patientIds.get(key);
    if (id === undefined) {
      id =
        this.statements.patientByIdentity.get(p.patientId, p.name, p.birthDate ?? '')?.id ??
        Number(this.statements.insertPatient.run(p.patientId, p.name, p.birthDate ?? '', p.sex).lastInsertRowid);
      this.patientIds.set(key, id);
    }
    return id;
  }

  private studyFor(r: InstanceRecord): number {
    const st = r.study;
    let found = this.studyIds.get(st.studyInstanceUID) ?? this.statements.studyByUid.get(st.studyInstanceUID);
    if (!found) {
      const id = Number(
        this.statements.insertStudy.run(this.patientFor(r), st.studyInstanceUID, st.date, st.time, st.description, st.accessionNumber, st.studyId, st.patientAge)
          .lastInsertRowid,
      );
      found = { id };
    }
    this.studyIds.set(st.studyInstanceUID, found);
    return found.id;
  }

  private seriesFor(r: InstanceRecord): { id: number; studyRef: number } {
    const se = r.series;
    let found = this.seriesIds.get(se.seriesInstanceUID) ?? this.statements.seriesByUid.get(se.seriesInstanceUID);
    if (!found) {
      const studyRef = this.studyFor(r);
      const weighting = weightingOf({
        modality: se.modality,
        seriesDescription: se.description,
        protocolName: se.protocolName,
        sequenceName: se.sequenceName,
        scanningSequence: se.scanningSequence,
        repetitionTimeMs: se.repetitionTimeMs,
        echoTimeMs: se.echoTimeMs,
        inversionTimeMs: se.inversionTimeMs,
      });
      const id = Number(
        this.statements.insertSeries.run(
          studyRef,
          se.seriesInstanceUID,
          se.number,
          se.description,
          se.modality,
          se.bodyPart,
          se.protocolName,
          se.sequenceName,
          se.scanningSequence.join('\\'),
          se.sequenceVariant.join('\\'),
          se.mrAcquisitionType,
          se.repetitionTimeMs,
          se.echoTimeMs,
          se.inversionTimeMs,
          se.magneticFieldStrength,
          se.frameOfReferenceUID,
          weighting,
        ).lastInsertRowid,
      );
      found = { id, studyRef };
    }
    this.seriesIds.set(se.seriesInstanceUID, found);
    return found;
  }

  /**
   * Re-derives a series' plane, slice stack, size and thumbnail from its instances; a series
   * left empty is removed, and so are a study and patient left empty by that.
   */
  private refreshSeries(seriesRef: number): void {
    const s = this.statements;
    const rows = s.seriesGeometry.all(seriesRef);
    if (rows.length === 0) {
      this.removeEmptySeries(seriesRef);
      return;
    }
    const images = rows.filter((row) => row.kind === IMAGE_KIND);
    // Slices are counted in the series' main orientation; each instance's slice_position is
    // already its position along its own normal.
    const orientation = mostCommon(images.map((row) => row.orientation).filter((o): o is string => o !== null));
    const positions = images.filter((row) => row.orientation === orientation && row.position !== null).map((row) => row.position!);
    const stack = positions.length > 0 ? sliceStack(positions) : { sliceCount: images.length, spacingMm: null };
    const size = mostCommon(images.filter((row) => row.rows !== null && row.columns !== null).map((row) => `${row.rows}x${row.columns}`));
    const [rowCount, columnCount] = size === null ? [null, null] : size.split('x').map(Number);
    const kind = images.length > 0 ? IMAGE_KIND : (mostCommon(rows.map((row) => row.kind)) ?? 'Non-image object');
    const thumbnail = images.length > 0 ? images[Math.floor((images.length - 1) / 2)]!.id : null;
    s.updateSeries.run(kind, planeOf(orientation === null ? null : (JSON.parse(orientation) as number[])), rows.length, stack.sliceCount, stack.spacingMm, rowCount ?? null, columnCount ?? null, thumbnail, seriesRef);
  }

  private removeEmptySeries(seriesRef: number): void {
    const s = this.statements;
    for (const { studyRef } of s.deleteSeries.all(seriesRef)) {
      for (const { patientRef } of s.deleteStudyIfEmpty.all(studyRef)) s.deletePatientIfEmpty.run(patientRef);
    }
    this.seriesIds.clear();
    this.studyIds.clear();
    this.patientIds.clear();
  }
}

interface InstanceGeometryRow {
  id: number;
  kind: string;
  orientation: string | null;
  position: number | null;
  rows: number | null;
  columns: number | null;
}

export const KNOWN_FILES_IN_RANGE = `SELECT i.file_path AS path, i.file_size AS size, i.file_mtime_ms AS mtimeMs,
    i.series_ref AS seriesRef, s.study_ref AS studyRef
  FROM instances i JOIN series s ON s.id = i.series_ref WHERE i.file_path >= ? AND i.file_path < ?`;

/**
 * Every indexed file at or under the given absolute paths, by path: one range scan of the path
 * index per root instead of a lookup per file.
 */
export function knownFilesUnder(db: Db, roots: readonly string[]): Map<string, KnownFile> {
  const statement = db.prepare<[string, string], KnownFile & { path: string }>(KNOWN_FILES_IN_RANGE);
  const known = new Map<string, KnownFile>();
  for (const root of roots) {
    for (const [from, to] of pathRanges(root)) {
      for (const { path, ...file } of statement.iterate(from, to)) known.set(path, file);
    }
  }
  return known;
}

/** The path itself, and everything below it as a folder (either separator). */
function pathRanges(root: string): Array<[string, string]> {
  const ranges: Array<[string, string]> = [[root, `${root}\0`]];
  for (const separator of ['/', '\\']) {
    const prefix = root.endsWith(separator) ? root : root + separator;
    ranges.push([prefix, prefix.slice(0, -1) + String.fromCharCode(separator.charCodeAt(0) + 1)]);
  }
  return ranges;
}

function instanceValues(seriesRef: number, r: InstanceRecord): unknown[] {
  return [
    seriesRef,
    r.sopInstanceUID,
    r.sopClassUID,
    r.kind,
    r.instanceNumber,
    r.path,
    r.size,
    r.mtimeMs,
    r.transferSyntaxUID,
    r.imageType.join('\\'),
    r.rows,
    r.columns,
    r.frames,
    r.samplesPerPixel,
    r.photometricInterpretation,
    r.bitsAllocated,
    r.bitsStored,
    r.highBit,
    r.pixelRepresentation,
    json(r.pixelSpacing),
    json(r.imagePositionPatient),
    json(r.imageOrientationPatient),
    r.sliceThickness,
    r.spacingBetweenSlices,
    slicePosition(r.imagePositionPatient, sliceNormal(r.imageOrientationPatient)),
    r.windowCenter,
    r.windowWidth,
    r.rescaleIntercept,
    r.rescaleSlope,
  ];
}

function json(values: readonly number[] | null): string | null {
  return values === null ? null : `[${values.join(',')}]`;
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}
