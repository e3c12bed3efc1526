import { DISC_ROOTS, isDiscLevel, type Level, type Root, type RootCompromiseGrade, type Side } from '../domain/index.ts';
import { words } from './words.ts';

const VERB: Record<RootCompromiseGrade, string | null> = {
  none: null,
  contact: 'contacting',
  deviation: 'displacing',
  compression: 'compressing',
};

/** `traversing` when the root is the one that traverses this disc, `exiting` when it exits there, else nothing. */
export function rootRelation(level: Level, root: Root): 'traversing' | 'exiting' | '' {
  if (!isDiscLevel(level)) return '';
  const roots = DISC_ROOTS[level];
  if (roots.traversing === root) return 'traversing';
  if (roots.exiting === root) return 'exiting';
  return '';
}

/** `the traversing left L5 root`, `the traversing L5 roots on both sides`. */
export function rootWords(level: Level, root: Root, side: Side | undefined): string {
  const relation = rootRelation(level, root);
  if (side === 'bilateral') return words('the', relation, root, 'roots on both sides');
  const sided = side === 'left' || side === 'right' ? side : '';
  return words('the', relation, sided, root, 'root');
}

/** Pfirrmann 2004 grade as a verb phrase: `compressing the traversing left L5 root`; '' for none or unknown. */
export function rootCompromiseWords(level: Level, root: Root | undefined, grade: RootCompromiseGrade | undefined, side: Side | undefined): string {
  if (!root || !grade) return '';
  const verb = VERB[grade];
  return verb ? `${verb} ${rootWords(level, root, side)}` : '';
}

/** What a large central lesion at this level meets: the cauda equina below the conus, the conus or cord above. */
export function neuralElementsAt(level: Level): string {
  if (isDiscLevel(level)) return DISC_ROOTS[level].central.replace(/ \(.*\)$/, '').replace(' / ', ' and ');
  if (level === 'T11') return 'spinal cord';
  if (level === 'T12' || level === 'L1') return 'conus medullaris';
  return 'cauda equina';
}
