// The Technique section, from the study's series. shared/ cannot read the database: the caller
// passes what the DICOM index knows about each series.
import { listWords } from './words.ts';

export interface TechniqueSeries {
  plane: 'sagittal' | 'axial' | 'coronal' | 'oblique' | 'unknown';
  weighting: 'T1' | 'T2' | 'STIR' | 'other';
  /** The series description, used when plane or weighting is not recognised. */
  description?: string;
}

export interface TechniqueInput {
  series: TechniqueSeries[];
  /** Magnetic field strength in tesla, when the headers say. */
  fieldStrengthTesla?: number;
}

const PLANE_ORDER = ['sagittal', 'coronal', 'axial', 'oblique', 'unknown'] as const;
const WEIGHTING_ORDER = ['T1', 'T2', 'STIR', 'other'] as const;

function sequenceName(series: TechniqueSeries): string {
  if (series.weighting !== 'other') return series.weighting;
  return series.description?.trim() || 'other';
}

/** `MRI of the lumbar spine at 1.5 T: sagittal T1, T2 and STIR; axial T2.` */
export function techniqueText(technique: TechniqueInput | undefined): string {
  const field = technique?.fieldStrengthTesla ? ` at ${technique.fieldStrengthTesla} T` : '';
  const series = technique?.series ?? [];
  if (series.length === 0) return `MRI of the lumbar spine${field}. The sequences were not recorded.`;
  const groups: string[] = [];
  for (const plane of PLANE_ORDER) {
    const inPlane = series
      .filter((s) => s.plane === plane)
      .sort((a, b) => WEIGHTING_ORDER.indexOf(a.weighting) - WEIGHTING_ORDER.indexOf(b.weighting));
    const names = [...new Set(inPlane.map(sequenceName))];
    if (names.length === 0) continue;
    groups.push(plane === 'unknown' ? listWords(names) : `${plane} ${listWords(names)}`);
  }
  return `MRI of the lumbar spine${field}: ${groups.join('; ')}.`;
}
