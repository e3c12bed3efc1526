import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CaseFilterSubject, caseFilterSchema, EMPTY_CASE_FILTER, matchesCaseFilter } from '../../../../shared/domain/case-filter.ts';

const subject = (overrides: Partial<CaseFilterSubject> = {}): CaseFilterSubject => ({
  status: 'draft',
  reviewed: false,
  age: 45,
  sex: 'F',
  studyDate: '2025-03-14',
  findings: [
    { type: 'disc-herniation', level: 'L4-L5', label: 'likely-pain-generator' },
    { type: 'modic', level: 'L5-S1', label: 'probably-incidental' },
  ],
  clinicalRedFlags: 0,
  ...overrides,
});
const filter = (input: Parameters<typeof caseFilterSchema.parse>[0]) => caseFilterSchema.parse(input);

describe('case filters', () => {
  it('lets everything through when empty', () => {
    expect(matchesCaseFilter(subject(), EMPTY_CASE_FILTER)).toBe(true);
    expect(matchesCaseFilter(subject({ age: null, sex: null, studyDate: null, findings: [] }), EMPTY_CASE_FILTER)).toBe(true);
  });

  it('asks type, level and label of the same finding', () => {
    expect(matchesCaseFilter(subject(), filter({ findingTypes: ['disc-herniation'], levels: ['L4-L5'] }))).toBe(true);
    expect(matchesCaseFilter(subject(), filter({ findingTypes: ['disc-herniation'], levels: ['L5-S1'] }))).toBe(false);
    expect(matchesCaseFilter(subject(), filter({ levels: ['L5-S1'], labels: ['probably-incidental'] }))).toBe(true);
    expect(matchesCaseFilter(subject(), filter({ levels: ['L5-S1'], labels: ['likely-pain-generator'] }))).toBe(false);
  });

  it('bounds age and date inclusively, and an unknown value never passes a bound', () => {
    expect(matchesCaseFilter(subject(), filter({ ageMin: 45, ageMax: 45 }))).toBe(true);
    expect(matchesCaseFilter(subject(), filter({ ageMin: 46 }))).toBe(false);
    expect(matchesCaseFilter(subject({ age: null }), filter({ ageMax: 90 }))).toBe(false);
    expect(matchesCaseFilter(subject(), filter({ dateFrom: '2025-03-14', dateTo: '2025-03-14' }))).toBe(true);
    expect(matchesCaseFilter(subject(), filter({ dateTo: '2025-03-13' }))).toBe(false);
  });

  it('reads statuses (final includes amended) and red flags (clinical or an urgent finding)', () => {
    expect(matchesCaseFilter(subject({ status: 'amended' }), filter({ statuses: ['final'] }))).toBe(true);
    expect(matchesCaseFilter(subject(), filter({ statuses: ['final'] }))).toBe(false);
    expect(matchesCaseFilter(subject({ reviewed: true }), filter({ statuses: ['reviewed'] }))).toBe(true);
    expect(matchesCaseFilter(subject(), filter({ redFlags: 'absent' }))).toBe(true);
    expect(matchesCaseFilter(subject({ clinicalRedFlags: 1 }), filter({ redFlags: 'present' }))).toBe(true);
    expect(matchesCaseFilter(subject({ findings: [{ type: 'fracture', level: 'L1', label: 'urgent-red-flag' }] }), filter({ redFlags: 'absent' }))).toBe(false);
  });

  it('refuses unknown fields and values with the field named', () => {
    expect(caseFilterSchema.safeParse({ levels: ['L9-L10'] }).success).toBe(false);
    expect(caseFilterSchema.safeParse({ colour: 'red' }).success).toBe(false);
    expect(caseFilterSchema.safeParse({ dateFrom: '14/03/2025' }).success).toBe(false);
  });

  it('never lets a case through that fails one field (a filter adds only restrictions)', () => {
    const anyFilter = fc.record({ ageMin: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), sexes: fc.subarray(['F', 'M', 'O', 'U'] as const) });
    fc.assert(
      fc.property(anyFilter, fc.integer({ min: 0, max: 100 }), (input, age) => {
        const f = filter(Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
        const passes = matchesCaseFilter(subject({ age }), f);
        expect(passes).toBe((f.ageMin === undefined || age >= f.ageMin) && (f.sexes.length === 0 || f.sexes.includes('F')));
      }),
    );
  });
});
