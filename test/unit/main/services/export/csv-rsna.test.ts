import { describe, expect, it } from 'vitest';
import { csvField, csvRecord } from '../../../../../main/services/export/csv.ts';
import { RSNA_COLUMNS, rsnaRow } from '../../../../../main/services/export/rsna-columns.ts';
import type { Finding } from '../../../../../shared/domain/findings.ts';

describe('RFC 4180 fields', () => {
  it('quotes what needs quoting and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(csvRecord(['a', '{"k":"v,w"}', undefined])).toBe('a,"{""k"":""v,w""}",\r\n');
  });
});

describe('RSNA 2024 columns', () => {
  const cell = (row: string[], column: string) => row[RSNA_COLUMNS.indexOf(column)];

  it('has the 25 columns, condition by level', () => {
    expect(RSNA_COLUMNS).toHaveLength(25);
    expect(RSNA_COLUMNS[0]).toBe('spinal_canal_stenosis_l1_l2');
    expect(RSNA_COLUMNS).toContain('left_neural_foraminal_narrowing_l5_s1');
    expect(RSNA_COLUMNS).toContain('right_subarticular_stenosis_l3_l4');
  });

  it('maps our grades to Normal/Mild, Moderate, Severe; the worst finding wins; bilateral fills both sides', () => {
    const findings: Finding[] = [
      { id: 'a', type: 'central-stenosis', level: 'L4-L5', grade: 'mild' },
      { id: 'b', type: 'central-stenosis', level: 'L4-L5', schizas: 'C' },
      { id: 'c', type: 'central-stenosis', level: 'L3-L4', schizas: 'B' },
      { id: 'd', type: 'foraminal-stenosis', level: 'L5-S1', side: 'left', grade: 1 },
      { id: 'e', type: 'foraminal-stenosis', level: 'L5-S1', side: 'right', grade: 2 },
      { id: 'f', type: 'lateral-recess-stenosis', level: 'L4-L5', side: 'bilateral', grade: 3 },
      { id: 'g', type: 'foraminal-stenosis', level: 'L2-L3', side: 'left' },
      { id: 'h', type: 'central-stenosis', level: 'L5-L6', grade: 'severe' },
    ];
    const row = rsnaRow(findings, false, ['L1-L2']);
    expect(cell(row, 'spinal_canal_stenosis_l4_l5')).toBe('Severe');
    expect(cell(row, 'spinal_canal_stenosis_l3_l4')).toBe('Moderate');
    expect(cell(row, 'left_neural_foraminal_narrowing_l5_s1')).toBe('Normal/Mild');
    expect(cell(row, 'right_neural_foraminal_narrowing_l5_s1')).toBe('Moderate');
    expect(cell(row, 'left_subarticular_stenosis_l4_l5')).toBe('Severe');
    expect(cell(row, 'right_subarticular_stenosis_l4_l5')).toBe('Severe');
    expect(cell(row, 'left_neural_foraminal_narrowing_l2_l3')).toBe(''); // ungraded
    expect(cell(row, 'spinal_canal_stenosis_l1_l2')).toBe('Normal/Mild'); // marked normal
    expect(cell(row, 'spinal_canal_stenosis_l2_l3')).toBe(''); // draft, not assessed
    expect(rsnaRow([], true, [])).toEqual(new Array(25).fill('Normal/Mild')); // a signed report lists what is abnormal
  });
});
