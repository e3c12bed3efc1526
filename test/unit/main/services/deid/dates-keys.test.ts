import { describe, expect, it } from 'vitest';
import { ageInYears, shiftDate, shiftDateTime } from '../../../../../main/services/deid/dates.ts';
import { isStandardUid, projectKeys } from '../../../../../main/services/deid/keys.ts';

describe('date shifting', () => {
  it('moves dates by whole days across month and leap-year ends', () => {
    expect(shiftDate('20240301', -1)).toBe('20240229');
    expect(shiftDate('2024.03.01', -366)).toBe('20230301');
    expect(shiftDate('not a date', -10)).toBe('');
    expect(shiftDateTime('20240117093012.25+0100', -17)).toBe('20231231093012.25');
    expect(shiftDateTime('2024', -400)).toBe('2022');
  });

  it('computes whole years of age', () => {
    expect(ageInYears('19610823', '20240117')).toBe(62);
    expect(ageInYears('19610117', '20240117')).toBe(63);
    expect(ageInYears('', '20240117')).toBeNull();
  });
});

describe('project keys', () => {
  const a = projectKeys(new Uint8Array(32).fill(1));
  const b = projectKeys(new Uint8Array(32).fill(2));

  it('gives stable pseudonyms, offsets and UIDs for one key, different ones for another', () => {
    expect(projectKeys(new Uint8Array(32).fill(1)).patientPseudonym('x')).toBe(a.patientPseudonym('x'));
    expect(a.patientPseudonym('x')).not.toBe(b.patientPseudonym('x'));
    expect(a.patientPseudonym('x')).not.toBe(a.patientPseudonym('y'));
    expect(a.mapUid('1.2.3.4')).toBe(projectKeys(new Uint8Array(32).fill(1)).mapUid('1.2.3.4'));
    expect(a.mapUid('1.2.3.4')).not.toBe(b.mapUid('1.2.3.4'));
    const offset = a.dateOffsetDays('x');
    expect(offset).toBeLessThanOrEqual(-365);
    expect(offset).toBeGreaterThanOrEqual(-3650);
  });

  it('maps to valid 2.25 UIDs and never maps standard UIDs', () => {
    const mapped = a.mapUid('2.25.1234\0');
    expect(mapped).toMatch(/^2\.25\.[1-9]\d*$/);
    expect(mapped.length).toBeLessThanOrEqual(64);
    expect(a.mapUid('2.25.1234')).toBe(mapped);
    expect(a.mapUid('1.2.840.10008.5.1.4.1.1.4')).toBe('1.2.840.10008.5.1.4.1.1.4');
    expect(isStandardUid('1.2.840.10008.1.2.1')).toBe(true);
  });
});
