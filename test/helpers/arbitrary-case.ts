// Random but valid case files (case format v1) for property tests and the correlation bench.
import fc from 'fast-check';
import {
  DEFICIT_KINDS, DISC_LEVELS, FINDING_TYPE_META, type FindingTypeMeta, RED_FLAGS, ROOT_COMPROMISE_GRADES, ROOTS, SIDES, VERTEBRAL_LEVELS,
} from '../../shared/domain/index.ts';

type Json = Record<string, unknown>;

/** Levels for a type, the common ones (L4-L5, L5-S1, L4, L5) listed three times to be drawn more often. */
function levelsFor(meta: FindingTypeMeta): readonly string[] {
  const common = (levels: readonly string[], often: string[]) => [...levels, ...often, ...often];
  if (meta.levelKind === 'disc') return common(DISC_LEVELS.filter((level) => level !== 'T11-T12'), ['L4-L5', 'L5-S1']);
  if (meta.levelKind === 'vertebral') return common(VERTEBRAL_LEVELS, ['L4', 'L5']);
  return common([...DISC_LEVELS, ...VERTEBRAL_LEVELS], ['L4-L5', 'L5-S1']);
}

/** Roots, the usual radicular ones (L4, L5, S1) drawn more often. */
const ROOTS_OFTEN = [...ROOTS, 'L4', 'L5', 'S1', 'L5', 'S1'] as const;

function attributeArbitrary(attribute: FindingTypeMeta['attributes'][number]): fc.Arbitrary<unknown> {
  switch (attribute.kind) {
    case 'choice':
      return fc.constantFrom(...attribute.values);
    case 'boolean':
      return fc.boolean();
    case 'number':
      return fc.integer({ min: attribute.min, max: attribute.max ?? 40 });
    case 'root':
      return fc.constantFrom(...ROOTS_OFTEN);
    case 'root-compromise':
      return fc.record({ root: fc.constantFrom(...ROOTS_OFTEN), grade: fc.constantFrom(...ROOT_COMPROMISE_GRADES) }, { requiredKeys: [] });
    case 'text':
      return fc.constantFrom('Tarlov cyst', 'renal cyst', 'transitional vertebra');
  }
}

/** One finding of the given type with a random subset of its attributes (id filled in later). */
export function findingOfType(meta: FindingTypeMeta): fc.Arbitrary<Json> {
  const attributes = Object.fromEntries(meta.attributes.map((attribute) => [attribute.name, attributeArbitrary(attribute)]));
  const required = meta.attributes.filter((attribute) => attribute.kind === 'text').map((attribute) => attribute.name);
  return fc
    .record({
      level: fc.constantFrom(...levelsFor(meta)),
      side: fc.option(fc.constantFrom(...SIDES), { nil: undefined }),
      attributes: fc.record(attributes, { requiredKeys: required }),
    })
    .map(({ level, side, attributes: values }) => ({ type: meta.type, level, ...(side ? { side } : {}), ...values }));
}

export const findingArbitrary: fc.Arbitrary<Json> = fc.oneof(...FINDING_TYPE_META.map(findingOfType));

const legPainArbitrary = fc.record(
  { side: fc.constantFrom(...SIDES), roots: fc.uniqueArray(fc.constantFrom(...ROOTS_OFTEN), { maxLength: 2 }), belowKnee: fc.boolean() },
  { requiredKeys: ['side', 'roots'] },
);
const deficitArbitrary = fc.record({ root: fc.constantFrom(...ROOTS_OFTEN), side: fc.constantFrom('left', 'right'), kind: fc.constantFrom(...DEFICIT_KINDS) });

export const clinicalArbitrary: fc.Arbitrary<Json> = fc.record(
  {
    durationWeeks: fc.integer({ min: 0, max: 60 }),
    axialPain: fc.boolean(),
    legPain: fc.array(legPainArbitrary, { maxLength: 2 }),
    neurogenicClaudication: fc.boolean(),
    deficits: fc.array(deficitArbitrary, { maxLength: 2 }),
    straightLegRaise: fc.record({ left: fc.boolean(), right: fc.boolean(), crossed: fc.boolean() }, { requiredKeys: [] }),
    redFlags: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.subarray([...RED_FLAGS], { maxLength: 2 }) }),
    priorSurgery: fc.array(fc.record({ level: fc.constantFrom('L4-L5', 'L5-S1'), side: fc.constantFrom('left', 'right') }), { maxLength: 1 }),
    startBack: fc.record({ total: fc.integer({ min: 0, max: 9 }), distress: fc.integer({ min: 0, max: 5 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

/** A whole case file: sometimes without age or clinical picture, with up to `maxFindings` findings. */
export function caseArbitrary(maxFindings = 8): fc.Arbitrary<Json> {
  return fc
    .record({
      age: fc.option(fc.integer({ min: 16, max: 95 }), { nil: undefined, freq: 6 }),
      clinical: fc.option(clinicalArbitrary, { nil: undefined, freq: 6 }),
      findings: fc.array(findingArbitrary, { maxLength: maxFindings }),
    })
    .map(({ age, clinical, findings }) => ({
      format: 'spinecorrelate.case/1',
      ...(age !== undefined ? { patient: { age, sex: 'U' } } : {}),
      ...(clinical ? { clinical } : {}),
      findings: findings.map((finding, index) => ({ id: `f${index + 1}`, ...finding })),
    }));
}
