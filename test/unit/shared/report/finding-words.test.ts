// Every finding type must read as natural English when its optional attributes (grade, side, zone,
// root, …) are missing: no `undefined`, stray spaces or punctuation, and no claim the data do not make.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlate } from '../../../../shared/correlation/index.ts';
import { FINDING_TYPE_META, findingSchema, parseCase, SIDES, type Finding, type FindingTypeMeta, type Side } from '../../../../shared/domain/index.ts';
import { draftReport, reportPlainText } from '../../../../shared/report/index.ts';
import { findingWords } from '../../../../shared/report/finding-words.ts';
import { caseArbitrary, findingOfType } from '../../../helpers/arbitrary-case.ts';

const AWKWARD: [string, RegExp][] = [
  ['undefined', /undefined/],
  ['null', /\bnull\b/],
  ['NaN', /NaN/],
  ['a double space', / {2}/],
  ['empty parentheses', /\(\s*\)/],
  ['a space before punctuation', / [,.;:)]/],
  ['doubled punctuation', /[,.;]\s*[,.;]/],
  ['a leading or trailing space', /^\s|\s$/],
];

function awkwardness(text: string): string[] {
  return AWKWARD.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

const PAIRED_STRUCTURES = new Set(['lateral-recess-stenosis', 'foraminal-stenosis', 'facet-arthropathy', 'synovial-cyst', 'spondylolysis']);

function bareFinding(meta: FindingTypeMeta, side: Side | undefined): Finding {
  return findingSchema.parse({
    id: 'f1',
    type: meta.type,
    level: meta.levelKind === 'vertebral' ? 'L4' : 'L4-L5',
    ...(side ? { side } : {}),
    ...(meta.type === 'other' ? { description: 'Tarlov cyst' } : {}),
  });
}

const TABLE = FINDING_TYPE_META.flatMap((meta) => [undefined, ...SIDES].map((side) => ({ type: meta.type, side: side ?? 'no side', finding: bareFinding(meta, side) })));

describe('findingWords with every optional attribute omitted', () => {
  it.each(TABLE)('$type, $side: reads naturally', ({ finding }) => {
    const { sentence, phrase } = findingWords(finding);
    expect(awkwardness(sentence), sentence).toEqual([]);
    expect(awkwardness(phrase), phrase).toEqual([]);
    expect(sentence).toMatch(/^[A-Z0-9][^]*[^.]\.$/);
    expect(phrase.length).toBeGreaterThan(0);
  });

  it.each(TABLE.filter((row) => PAIRED_STRUCTURES.has(row.type) && row.side === 'midline'))('$type on the midline names no side', ({ finding }) => {
    const { sentence, phrase } = findingWords(finding);
    expect(sentence).not.toMatch(/central/i);
    expect(phrase).not.toMatch(/central/i);
  });

  it('an ungraded lateral recess stenosis names its root without claiming compression', () => {
    const words = findingWords(findingSchema.parse({ id: 'f1', type: 'lateral-recess-stenosis', level: 'L4-L5', side: 'left' }));
    expect(words.sentence).toBe('Left lateral recess stenosis at the traversing left L5 root.');
    expect(words.phrase).toBe('left L4–L5 lateral recess stenosis at the traversing left L5 root');
  });

  it('a graded lateral recess stenosis still says what it does to the root', () => {
    const graded = (grade: number) => findingWords(findingSchema.parse({ id: 'f1', type: 'lateral-recess-stenosis', level: 'L4-L5', side: 'right', grade })).sentence;
    expect(graded(1)).toBe('Right lateral recess narrowing without compression of the traversing right L5 root (Bartynski 1).');
    expect(graded(2)).toBe('Right lateral recess stenosis compressing the traversing right L5 root (Bartynski 2).');
    expect(graded(3)).toBe('Severe right lateral recess stenosis compressing the traversing right L5 root, with the recess obliterated (Bartynski 3).');
  });

  it('a herniation without a morphology is a disc herniation in the impression too', () => {
    expect(findingWords(findingSchema.parse({ id: 'f1', type: 'disc-herniation', level: 'L5-S1', side: 'left' })).phrase).toBe('left L5–S1 disc herniation');
  });

  it('unsided facet joints are plural', () => {
    expect(findingWords(findingSchema.parse({ id: 'f1', type: 'facet-arthropathy', level: 'L4-L5', grade: 0 })).sentence).toBe('Normal facet joints.');
  });
});

describe('findingWords over generated findings with random subsets of attributes', () => {
  it.each(FINDING_TYPE_META.map((meta) => ({ type: meta.type, meta })))('$type never reads awkwardly', ({ meta }) => {
    fc.assert(
      fc.property(findingOfType(meta), (json) => {
        const { sentence, phrase } = findingWords(findingSchema.parse({ id: 'f1', ...json }));
        expect(awkwardness(sentence), sentence).toEqual([]);
        expect(awkwardness(phrase), phrase).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('the whole drafted report never reads awkwardly', () => {
    fc.assert(
      fc.property(caseArbitrary(6), (json) => {
        const parsed = parseCase(json);
        if (!parsed.ok) throw new Error('generated an invalid case');
        const text = reportPlainText(draftReport(parsed.case, correlate(parsed.case)));
        for (const line of text.split('\n').filter(Boolean)) expect(awkwardness(line), line).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
