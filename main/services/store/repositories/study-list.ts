import type { PatientSummary, SeriesSummary, StudySummary } from '../../../../shared/ipc/channels/studies.ts';
import { displayPersonName } from '../../dicom/person-name.ts';
import type { Plane } from '../../dicom/geometry.ts';
import { IMAGE_KIND } from '../../dicom/sop-class.ts';
import type { Weighting } from '../../dicom/weighting.ts';
import type { Db } from '../database.ts';

/** The read side of the DICOM index: what the study browser and `spinecorrelate studies` list. */

interface PatientRow {
  id: number;
  patientId: string;
  name: string;
  birthDate: string;
  sex: string;
}

interface StudyRow {
  id: number;
  patientRef: number;
  studyInstanceUID: string;
  date: string | null;
  time: string | null;
  description: string;
  accessionNumber: string;
}

interface SeriesRow {
  id: number;
  studyRef: number;
  seriesInstanceUID: string;
  number: number | null;
  description: string;
  modality: string;
  kind: string;
  plane: Plane;
  weighting: Weighting;
  instanceCount: number;
  sliceCount: number;
  sliceSpacingMm: number | null;
  rows: number | null;
  columns: number | null;
  thumbnailInstanceId: number | null;
}

const STUDY_COLUMNS = `id, patient_ref AS patientRef, study_instance_uid AS studyInstanceUID, study_date AS date, study_time AS time,
  description, accession_number AS accessionNumber`;
const SERIES_COLUMNS = `id, study_ref AS studyRef, series_instance_uid AS seriesInstanceUID, series_number AS number, description,
  modality, kind, plane, weighting, instance_count AS instanceCount, slice_count AS sliceCount,
  slice_spacing_mm AS sliceSpacingMm, rows, columns, thumbnail_instance_ref AS thumbnailInstanceId`;

export const LIST_QUERIES = {
  patients: `SELECT id, patient_id AS patientId, name, birth_date AS birthDate, sex FROM patients ORDER BY name, patient_id, id`,
  studies: `SELECT ${STUDY_COLUMNS} FROM studies ORDER BY patient_ref, study_date DESC, study_time DESC, id`,
  series: `SELECT ${SERIES_COLUMNS} FROM series ORDER BY study_ref, series_number IS NULL, series_number, id`,
} as const;

/** One study by its UID, to open it from the case browser. */
export const STUDY_QUERIES = {
  studyByUid: `SELECT ${STUDY_COLUMNS} FROM studies WHERE study_instance_uid = ?`,
  seriesOfStudy: `SELECT ${SERIES_COLUMNS} FROM series WHERE study_ref = ? ORDER BY series_number IS NULL, series_number, id`,
} as const;

/** Every patient with their studies (newest first) and each study's series (by number). */
export function listStudies(db: Db): PatientSummary[] {
  const patients = db.prepare<[], PatientRow>(LIST_QUERIES.patients).all();
  const studies = db.prepare<[], StudyRow>(LIST_QUERIES.studies).all();
  const series = db.prepare<[], SeriesRow>(LIST_QUERIES.series).all();

  const seriesByStudy = groupBy(series, (s) => s.studyRef);
  const studiesByPatient = groupBy(studies, (s) => s.patientRef);
  return patients.map((p) => ({
    id: p.id,
    patientId: p.patientId,
    name: displayPersonName(p.name),
    birthDate: p.birthDate || null,
    sex: p.sex,
    studies: (studiesByPatient.get(p.id) ?? []).map((st) => studySummary(st, seriesByStudy.get(st.id) ?? [])),
  }));
}

/** One imported study with its series, as the study browser lists it; null when it is not imported. */
export function studySummaryOf(db: Db, studyInstanceUID: string): StudySummary | null {
  const study = db.prepare<[string], StudyRow>(STUDY_QUERIES.studyByUid).get(studyInstanceUID);
  return study ? studySummary(study, db.prepare<[number], SeriesRow>(STUDY_QUERIES.seriesOfStudy).all(study.id)) : null;
}

function studySummary(st: StudyRow, series: SeriesRow[]): StudySummary {
  return {
    id: st.id,
    studyInstanceUID: st.studyInstanceUID,
    date: st.date,
    time: st.time,
    description: st.description,
    accessionNumber: st.accessionNumber,
    modalities: [...new Set(series.map((s) => s.modality).filter((m) => m !== ''))],
    series: series.map(seriesSummary),
  };
}

function seriesSummary(s: SeriesRow): SeriesSummary {
  const isImage = s.kind === IMAGE_KIND;
  return {
    id: s.id,
    seriesInstanceUID: s.seriesInstanceUID,
    number: s.number,
    description: s.description,
    modality: s.modality,
    kind: s.kind,
    isImage,
    plane: s.plane,
    weighting: s.weighting,
    instanceCount: s.instanceCount,
    sliceCount: s.sliceCount,
    sliceSpacingMm: s.sliceSpacingMm,
    rows: s.rows,
    columns: s.columns,
    thumbnailInstanceId: isImage ? s.thumbnailInstanceId : null,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
