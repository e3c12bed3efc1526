// What the report needs from the DICOM index (migration 001): the technique (series planes and
// weightings), the study's identifying attributes for the PDF header and the SR, and the anchored
// instances (for SR references and key images). Read-only.
import type { Finding } from '../../../shared/domain/index.ts';
import type { TechniqueInput } from '../../../shared/report/index.ts';
import type { SrImageReference, SrStudyContext } from '../export/sr/index.ts';
import type { Db } from '../store/database.ts';

export const STUDY_INDEX_QUERIES = {
  study: `SELECT s.study_instance_uid AS studyInstanceUID, s.study_date AS studyDate, s.study_time AS studyTime, s.study_id AS studyId,
            s.accession_number AS accessionNumber, s.description AS studyDescription,
            p.name AS patientName, p.patient_id AS patientId, p.birth_date AS patientBirthDate, p.sex AS patientSex
          FROM studies s JOIN patients p ON p.id = s.patient_ref WHERE s.study_instance_uid = ?`,
  imageSeries: `SELECT se.plane, se.weighting, se.description, se.magnetic_field_strength AS fieldStrength
          FROM series se JOIN studies s ON s.id = se.study_ref
          WHERE s.study_instance_uid = ? AND se.kind = 'image' ORDER BY se.series_number IS NULL, se.series_number, se.id`,
  instance: `SELECT i.id, i.sop_instance_uid AS sopInstanceUID, i.sop_class_uid AS sopClassUID, se.series_instance_uid AS seriesInstanceUID,
            i.frames, i.file_path AS filePath, i.file_size AS fileSize, i.transfer_syntax_uid AS transferSyntaxUID, i.rows, i.columns,
            i.samples_per_pixel AS samplesPerPixel, i.photometric_interpretation AS photometricInterpretation,
            i.bits_allocated AS bitsAllocated, i.bits_stored AS bitsStored, i.pixel_representation AS pixelRepresentation,
            i.window_center AS windowCenter, i.window_width AS windowWidth, i.rescale_intercept AS rescaleIntercept,
            i.rescale_slope AS rescaleSlope, se.description AS seriesDescription, i.instance_number AS instanceNumber
          FROM instances i JOIN series se ON se.id = i.series_ref WHERE i.sop_instance_uid = ?`,
} as const;

export interface IndexedInstance extends SrImageReference {
  id: number;
  frames: number;
  filePath: string;
  fileSize: number;
  transferSyntaxUID: string;
  rows: number | null;
  columns: number | null;
  samplesPerPixel: number | null;
  photometricInterpretation: string;
  bitsAllocated: number | null;
  bitsStored: number | null;
  pixelRepresentation: number | null;
  windowCenter: number | null;
  windowWidth: number | null;
  rescaleIntercept: number | null;
  rescaleSlope: number | null;
  seriesDescription: string;
  instanceNumber: number | null;
}

type StudyRow = Required<Pick<SrStudyContext, 'studyInstanceUID'>> & Record<'studyDate' | 'studyTime' | 'studyId' | 'accessionNumber' | 'studyDescription' | 'patientName' | 'patientId' | 'patientBirthDate' | 'patientSex', string | null>;

const orUndefined = (value: string | null): string | undefined => (value === null || value === '' ? undefined : value);

/** The study's attributes as the SR copies them; null when the study is not imported. */
export function studyContext(db: Db, studyInstanceUID: string): SrStudyContext | null {
  const row = db.prepare<[string], StudyRow>(STUDY_INDEX_QUERIES.study).get(studyInstanceUID);
  if (!row) return null;
  return {
    studyInstanceUID: row.studyInstanceUID,
    studyDate: orUndefined(row.studyDate),
    studyTime: orUndefined(row.studyTime),
    studyId: orUndefined(row.studyId),
    accessionNumber: orUndefined(row.accessionNumber),
    studyDescription: orUndefined(row.studyDescription),
    patientName: orUndefined(row.patientName),
    patientId: orUndefined(row.patientId),
    patientBirthDate: orUndefined(row.patientBirthDate),
    patientSex: orUndefined(row.patientSex),
  };
}

/** The technique of the study from its image series. */
export function studyTechnique(db: Db, studyInstanceUID: string): TechniqueInput {
  const rows = db
    .prepare<[string], { plane: TechniqueInput['series'][number]['plane']; weighting: TechniqueInput['series'][number]['weighting']; description: string; fieldStrength: number | null }>(STUDY_INDEX_QUERIES.imageSeries)
    .all(studyInstanceUID);
  const field = rows.find((row) => row.fieldStrength)?.fieldStrength ?? undefined;
  return { series: rows.map(({ plane, weighting, description }) => ({ plane, weighting, description })), ...(field ? { fieldStrengthTesla: field } : {}) };
}

export function indexedInstance(db: Db, sopInstanceUID: string): IndexedInstance | null {
  return db.prepare<[string], IndexedInstance>(STUDY_INDEX_QUERIES.instance).get(sopInstanceUID) ?? null;
}

/** The anchored instances of these findings that the index holds. */
export function anchoredInstances(db: Db, findings: readonly Finding[]): IndexedInstance[] {
  const seen = new Map<string, IndexedInstance>();
  for (const finding of findings) {
    const uid = finding.anchor?.sopInstanceUID;
    if (!uid || seen.has(uid)) continue;
    const instance = indexedInstance(db, uid);
    if (instance) seen.set(uid, instance);
  }
  return [...seen.values()];
}
