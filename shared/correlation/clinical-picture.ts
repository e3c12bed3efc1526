import type { Root, Side } from '../domain/anatomy.ts';
import type { Case } from '../domain/case.ts';
import type { DeficitKind, PriorSurgery } from '../domain/clinical.ts';
import type { RedFlag } from '../domain/red-flags.ts';

export type BodySide = 'left' | 'right';

export const CAUDA_EQUINA_FLAGS: readonly RedFlag[] = ['cauda-equina-symptoms', 'urinary-retention', 'saddle-anaesthesia'];
export const INFECTION_FLAGS: readonly RedFlag[] = ['fever', 'iv-drug-use', 'immunosuppression', 'recent-infection'];

export interface DeficitOnSide {
  root: Root;
  /** Null when the case does not record the side. */
  side: BodySide | null;
  kind: DeficitKind | null;
}

/**
 * The clinical picture as the rules read it. `undefined` always means "not recorded"; an empty
 * list in the case means "recorded: none".
 */
export interface ClinicalPicture {
  age: number | undefined;
  anyClinical: boolean;
  axialPain: boolean | undefined;
  claudication: boolean | undefined;
  durationWeeks: number | undefined;
  legPainRecorded: boolean;
  deficitsRecorded: boolean;
  redFlagsRecorded: boolean;
  /** Sides with leg pain (bilateral and midline count as both). */
  legPainSides: ReadonlySet<BodySide>;
  /** Dermatomes of the leg pain per side; `unsided` for entries without a side. */
  painRoots: Readonly<Record<BodySide | 'unsided', ReadonlySet<Root>>>;
  /** Sides with leg pain whose dermatomes are not recorded (roots empty or absent). */
  unclearPatternSides: ReadonlySet<BodySide>;
  /** True when some leg-pain entry names dermatomes on a side (so a root can be ruled out there). */
  namedPatternSides: ReadonlySet<BodySide>;
  /** Leg pain recorded without a side. */
  unsidedLegPain: boolean;
  deficits: readonly DeficitOnSide[];
  positiveSlrSides: ReadonlySet<BodySide>;
  crossedSlr: boolean;
  redFlags: ReadonlySet<RedFlag>;
  priorSurgery: readonly PriorSurgery[];
  startBack: { total?: number; distress?: number } | undefined;
}

/** left → [left]; right → [right]; bilateral or midline → both; not recorded → none. */
export function bodySides(side: Side | undefined): BodySide[] {
  if (side === 'left' || side === 'right') return [side];
  if (side === 'bilateral' || side === 'midline') return ['left', 'right'];
  return [];
}

export function readClinicalPicture(theCase: Case): ClinicalPicture {
  const clinical = theCase.clinical;
  const legPainSides = new Set<BodySide>();
  const painRoots = { left: new Set<Root>(), right: new Set<Root>(), unsided: new Set<Root>() };
  const unclearPatternSides = new Set<BodySide>();
  const namedPatternSides = new Set<BodySide>();
  let unsidedLegPain = false;
  for (const pain of clinical?.legPain ?? []) {
    const sides = bodySides(pain.side);
    const roots = pain.roots ?? [];
    for (const side of sides) {
      legPainSides.add(side);
      if (roots.length === 0) unclearPatternSides.add(side);
      else namedPatternSides.add(side);
      for (const root of roots) painRoots[side].add(root);
    }
    if (sides.length === 0) {
      unsidedLegPain = true;
      for (const root of roots) painRoots.unsided.add(root);
    }
  }
  const deficits: DeficitOnSide[] = [];
  for (const deficit of clinical?.deficits ?? []) {
    if (!deficit.root) continue;
    const sides = bodySides(deficit.side);
    if (sides.length === 0) deficits.push({ root: deficit.root, side: null, kind: deficit.kind ?? null });
    for (const side of sides) deficits.push({ root: deficit.root, side, kind: deficit.kind ?? null });
  }
  const slr = clinical?.straightLegRaise;
  const positiveSlrSides = new Set<BodySide>();
  if (slr?.left) positiveSlrSides.add('left');
  if (slr?.right) positiveSlrSides.add('right');
  return {
    age: theCase.patient?.age,
    anyClinical: clinical !== undefined,
    axialPain: clinical?.axialPain,
    claudication: clinical?.neurogenicClaudication,
    durationWeeks: clinical?.durationWeeks,
    legPainRecorded: clinical?.legPain !== undefined,
    deficitsRecorded: clinical?.deficits !== undefined,
    redFlagsRecorded: clinical?.redFlags !== undefined,
    legPainSides,
    painRoots,
    unclearPatternSides,
    namedPatternSides,
    unsidedLegPain,
    deficits,
    positiveSlrSides,
    crossedSlr: slr?.crossed === true,
    redFlags: new Set(clinical?.redFlags ?? []),
    priorSurgery: clinical?.priorSurgery ?? [],
    startBack: clinical?.startBack,
  };
}

/** Radicular information at all: a leg-pain list or a deficit list, even an empty one. */
export function radicularRecorded(picture: ClinicalPicture): boolean {
  return picture.legPainRecorded || picture.deficitsRecorded;
}

/** Any leg pain or root deficit recorded. */
export function hasRadicularSymptoms(picture: ClinicalPicture): boolean {
  return picture.legPainSides.size > 0 || picture.unsidedLegPain || picture.deficits.length > 0;
}
