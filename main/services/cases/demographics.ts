import type { ImportedStudyRow } from '../store/repositories/case-repository.ts';

/** Age and sex of a case as the DICOM header gives them. */
export interface DicomDemographics {
  /** ISO YYYY-MM-DD. */
  studyDate: string | null;
  age: number | null;
  ageSource: 'dicom-patient-age' | 'dicom-birth-date' | null;
  sex: 'F' | 'M' | 'O' | null;
}

/** DICOM DA (YYYYMMDD, or the old YYYY.MM.DD) as ISO YYYY-MM-DD; null when it is not a real date. */
export function isoDateFromDicom(value: string | null | undefined): string | null {
  const m = /^(\d{4})\.?(\d{2})\.?(\d{2})$/.exec((value ?? '').trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

/** Whole years from one ISO date to another; null when the order is impossible. */
export function completedYears(birthDate: string, onDate: string): number | null {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = onDate.split('-').map(Number) as [number, number, number];
  const years = y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
  return years >= 0 && years <= 130 ? years : null;
}

/**
 * DICOM AS (PatientAge): `nnnD`, `nnnW`, `nnnM` or `nnnY`, as whole years; null when absent or
 * malformed.
 */
export function yearsFromPatientAge(value: string | null | undefined): number | null {
  const m = /^(\d{3})([DWMY])$/.exec((value ?? '').trim());
  if (!m) return null;
  const n = Number(m[1]);
  const perYear = { D: 365.25, W: 52.18, M: 12, Y: 1 }[m[2] as 'D' | 'W' | 'M' | 'Y'];
  const years = Math.floor(n / perYear);
  return years <= 130 ? years : null;
}

/** PatientAge first (what the scanner recorded at the time), else birth date against study date. */
export function dicomDemographics(study: ImportedStudyRow): DicomDemographics {
  const studyDate = isoDateFromDicom(study.studyDate);
  const sex = study.sex.trim().toUpperCase();
  const fromAge = yearsFromPatientAge(study.patientAge);
  const birthDate = isoDateFromDicom(study.birthDate);
  const fromBirth = birthDate && studyDate ? completedYears(birthDate, studyDate) : null;
  return {
    studyDate,
    age: fromAge ?? fromBirth,
    ageSource: fromAge !== null ? 'dicom-patient-age' : fromBirth !== null ? 'dicom-birth-date' : null,
    sex: sex === 'F' || sex === 'M' || sex === 'O' ? sex : null,
  };
}
