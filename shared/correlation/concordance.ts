import type { Root } from '../domain/anatomy.ts';
import { type BodySide, type ClinicalPicture, hasRadicularSymptoms, radicularRecorded } from './clinical-picture.ts';
import type { ConcordanceStatus } from './output.ts';

/** The roots a finding may affect and the sides it lies on (empty: side not recorded). */
export interface RootTarget {
  roots: Root[];
  sides: BodySide[];
}

export interface ConcordanceResult {
  status: ConcordanceStatus;
  /** The target root that matched, else the first candidate. */
  root: Root | undefined;
  explainsDeficit: boolean;
  matchedBy: string[];
  /** One plain sentence saying why. */
  summary: string;
}

const KIND_TEXT = { motor: 'motor', sensory: 'sensory', reflex: 'reflex' } as const;

function rootList(roots: readonly Root[]): string {
  return roots.length <= 2 ? roots.join(' and ') : `${roots.slice(0, -1).join(', ')} and ${roots[roots.length - 1]}`;
}

function sideList(sides: readonly BodySide[]): string {
  return sides.length === 2 ? 'either side' : `the ${sides[0]}`;
}

/**
 * Matches a finding's roots and sides against the leg-pain dermatomes, the deficits and the
 * straight-leg raise. Never assumes what the case does not record: without a leg-pain or
 * deficit list the answer is `unknown`.
 */
export function assessConcordance(target: RootTarget, picture: ClinicalPicture): ConcordanceResult {
  const firstRoot = target.roots[0];
  if (!radicularRecorded(picture)) {
    return { status: 'unknown', root: firstRoot, explainsDeficit: false, matchedBy: [], summary: 'The leg-pain pattern and deficits are not recorded, so root concordance cannot be assessed.' };
  }
  if (!hasRadicularSymptoms(picture)) {
    return { status: 'discordant', root: firstRoot, explainsDeficit: false, matchedBy: [], summary: 'No leg pain or root deficit is recorded for this root to explain.' };
  }

  const sidesToCheck: BodySide[] = target.sides.length > 0 ? target.sides : ['left', 'right'];
  const matchedBy: string[] = [];
  let matchedRoot: Root | undefined;
  let explainsDeficit = false;
  for (const root of target.roots) {
    for (const side of sidesToCheck) {
      if (picture.painRoots[side].has(root)) {
        matchedBy.push(`${side} ${root} dermatomal leg pain`);
        matchedRoot ??= root;
      }
      for (const deficit of picture.deficits) {
        if (deficit.root === root && deficit.side === side) {
          matchedBy.push(`${side} ${root} ${deficit.kind ? KIND_TEXT[deficit.kind] : ''} deficit`.replace('  ', ' '));
          matchedRoot ??= root;
          explainsDeficit = true;
        }
      }
    }
  }
  const rootName = matchedRoot ?? firstRoot;

  if (matchedBy.length > 0 && target.sides.length > 0) {
    return { status: 'concordant', root: rootName, explainsDeficit, matchedBy, summary: `Concordant: ${matchedBy.join(' and ')}.` };
  }
  if (matchedBy.length > 0) {
    return { status: 'partial', root: rootName, explainsDeficit: false, matchedBy, summary: `The ${rootName} root matches (${matchedBy.join(', ')}), but the side of the finding is not recorded.` };
  }

  const unsidedRootMatch = target.roots.find((root) => picture.painRoots.unsided.has(root) || picture.deficits.some((d) => d.root === root && d.side === null));
  if (unsidedRootMatch) {
    return { status: 'partial', root: unsidedRootMatch, explainsDeficit: false, matchedBy: [`${unsidedRootMatch} symptoms (side not recorded)`], summary: `The ${unsidedRootMatch} root matches the symptoms, but their side is not recorded.` };
  }

  const sameSide = target.sides.filter((side) => picture.legPainSides.has(side) || picture.positiveSlrSides.has(side));
  const unclear = sameSide.filter((side) => !picture.namedPatternSides.has(side) && !picture.deficits.some((d) => d.side === side));
  if (unclear.length > 0 || (target.roots.length === 0 && sameSide.length > 0)) {
    const sides = unclear.length > 0 ? unclear : sameSide;
    const what = sides.map((side) => (picture.legPainSides.has(side) ? `${side} leg pain` : `a positive ${side} straight-leg raise`));
    const rootText = rootName ? `the ${rootName} root cannot be confirmed` : 'the root cannot be named';
    return { status: 'partial', root: rootName, explainsDeficit: false, matchedBy: what, summary: `The side matches (${what.join(', ')}), but the dermatomes are not recorded, so ${rootText}.` };
  }

  if (target.sides.length === 0 && target.roots.length === 0) {
    return { status: 'unknown', root: undefined, explainsDeficit: false, matchedBy: [], summary: 'Neither the side nor the root of the finding is recorded, so concordance cannot be assessed.' };
  }
  const symptomSides = [...new Set([...picture.legPainSides, ...picture.deficits.flatMap((d) => (d.side ? [d.side] : []))])];
  const otherSide = target.sides.length > 0 && symptomSides.length > 0 && symptomSides.every((side) => !target.sides.includes(side));
  const meets = rootName ? `it meets the ${rootList(target.roots)} ${target.roots.length > 1 ? 'roots' : 'root'} on ${sideList(sidesToCheck)}` : `it lies on ${sideList(sidesToCheck)}`;
  return {
    status: 'discordant',
    root: rootName,
    explainsDeficit: false,
    matchedBy: [],
    summary: otherSide ? `Discordant: ${meets}; the symptoms are on the ${symptomSides.join(' and ')}.` : `Discordant: ${meets}, which the recorded dermatomes and deficits do not include.`,
  };
}
