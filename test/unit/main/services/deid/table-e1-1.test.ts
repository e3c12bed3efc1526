import { describe, expect, it } from 'vitest';
import { actionForRow, profileRow } from '../../../../../main/services/deid/profile/actions.ts';
import { TABLE_E1_1 } from '../../../../../main/services/deid/profile/table-e1-1.ts';

describe('Table E.1-1 as data', () => {
  it('has every row of the transcribed edition once, with a valid tag and action', () => {
    expect(TABLE_E1_1).toHaveLength(459);
    const tags = TABLE_E1_1.map((row) => row.tag);
    expect(new Set(tags).size).toBe(tags.length);
    for (const row of TABLE_E1_1) expect(row.tag).toMatch(/^[0-9a-fx]{8}$/);
  });

  it('finds rows by tag, in repeating groups and for private tags', () => {
    expect(profileRow(0x00100010)?.name).toBe("Patient's Name");
    expect(profileRow(0x60023000)?.name).toBe('Overlay Data');
    expect(profileRow(0x50041234)?.name).toBe('Curve Data');
    expect(profileRow(0x00291010)?.name).toBe('Private attributes');
    expect(profileRow(0x00280010)).toBeUndefined();
  });

  it('resolves the options: modified dates shift, retained characteristics stay, the rest is basic', () => {
    const shift = { dates: 'shift' } as const;
    const remove = { dates: 'remove' } as const;
    const row = (tag: number) => profileRow(tag)!;
    expect(actionForRow(row(0x00080020), false, shift)).toBe('date');
    expect(actionForRow(row(0x00080020), false, remove)).toBe('empty');
    expect(actionForRow(row(0x00080021), false, remove)).toBe('dummy'); // X/D
    expect(actionForRow(row(0x00100030), false, shift)).toBe('empty'); // birth date: Z, no date option
    expect(actionForRow(row(0x00101010), false, shift)).toBe('keep'); // age: Retain Patient Characteristics
    expect(actionForRow(row(0x00102160), false, shift)).toBe('remove'); // ethnic group: not retained here
    expect(actionForRow(row(0x00081140), true, shift)).toBe('recurse'); // X/Z/U*
    expect(actionForRow(row(0x0040a730), true, shift)).toBe('recurse'); // Content Sequence D
    expect(actionForRow(row(0x0020000d), false, shift)).toBe('uid');
    expect(actionForRow(row(0x00080080), false, shift)).toBe('dummy'); // X/Z/D
  });
});
