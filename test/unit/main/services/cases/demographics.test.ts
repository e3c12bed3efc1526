import { describe, expect, it } from 'vitest';
import { completedYears, dicomDemographics, isoDateFromDicom, yearsFromPatientAge } from '../../../../../main/services/cases/demographics.ts';

describe('age and sex from the DICOM header', () => {
  it('reads DICOM dates and refuses impossible ones', () => {
    expect(isoDateFromDicom('20260131')).toBe('2026-01-31');
    expect(isoDateFromDicom('2026.01.31')).toBe('2026-01-31');
    expect(isoDateFromDicom('20260231')).toBeNull();
    expect(isoDateFromDicom('')).toBeNull();
    expect(isoDateFromDicom(null)).toBeNull();
  });

  it('counts completed years, the birthday itself included', () => {
    expect(completedYears('1987-03-15', '2026-03-14')).toBe(38);
    expect(completedYears('1987-03-15', '2026-03-15')).toBe(39);
    expect(completedYears('2027-01-01', '2026-01-01')).toBeNull();
  });

  it('reads PatientAge in days, weeks, months and years', () => {
    expect(yearsFromPatientAge('038Y')).toBe(38);
    expect(yearsFromPatientAge('018M')).toBe(1);
    expect(yearsFromPatientAge('030W')).toBe(0);
    expect(yearsFromPatientAge('38')).toBeNull();
    expect(yearsFromPatientAge(undefined)).toBeNull();
  });

  it('prefers PatientAge to the birth date, and says which it used', () => {
    expect(dicomDemographics({ studyDate: '20260131', birthDate: '19870315', sex: 'F', patientAge: '040Y' })).toEqual({
      studyDate: '2026-01-31', age: 40, ageSource: 'dicom-patient-age', sex: 'F',
    });
    expect(dicomDemographics({ studyDate: '20260131', birthDate: '19870315', sex: 'm ', patientAge: null })).toMatchObject({ age: 38, ageSource: 'dicom-birth-date', sex: 'M' });
    expect(dicomDemographics({ studyDate: '', birthDate: '19870315', sex: 'X', patientAge: null })).toMatchObject({ age: null, ageSource: null, sex: null });
  });
});
