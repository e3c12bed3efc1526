import { compareLevels, discLevelSequence, type DiscLevel } from '../../../shared/domain/levels.ts';

/**
 * Transitional anatomy, as the case records it: `sixth-lumbar` has the discs L5-L6 and L6-S1
 * instead of L5-S1; `sacralised-l5` keeps the usual names (the case warns about it).
 */
export const ANATOMIES = ['standard', 'sixth-lumbar', 'sacralised-l5'] as const;
export type Anatomy = (typeof ANATOMIES)[number];

/** Where a level label sits: a patient point (mm) and the image it was placed on. (A type, not an interface, so it fits the case's loose position object.) */
export type LevelPosition = {
  patientPoint: [number, number, number];
  seriesInstanceUID?: string;
  sopInstanceUID?: string;
  frame?: number;
  /** [column, row], SCOORD convention (see ImagePlane). */
  imagePoint?: [number, number];
};

/** One labelled disc level: the viewer's input and output, the case's storage. */
export interface LevelMark {
  level: DiscLevel;
  position: LevelPosition;
  /** 'proposed' until someone places or drags it. */
  placedBy: 'user' | 'proposed';
}

/** The disc levels the viewer labels, cranial first: T12-L1 down to the lumbosacral disc. */
export function labelledDiscs(anatomy: Anatomy): DiscLevel[] {
  return discLevelSequence(anatomy === 'sixth-lumbar' ? 6 : 5).filter((level) => level !== 'T11-T12');
}

export function lumbosacralDisc(anatomy: Anatomy): DiscLevel {
  const discs = labelledDiscs(anatomy);
  return discs[discs.length - 1]!;
}

export function sortCranialFirst(marks: readonly LevelMark[]): LevelMark[] {
  return [...marks].sort((a, b) => compareLevels(a.level, b.level));
}

/**
 * The same physical discs named for another anatomy, counting up from the sacrum (as the
 * labels were placed): going to six lumbar vertebrae, the old L5-S1 becomes L6-S1 and the old
 * L4-L5 becomes L5-L6, and back. A disc with no name left in the new count is dropped.
 */
export function relabelForAnatomy(marks: readonly LevelMark[], from: Anatomy, to: Anatomy): LevelMark[] {
  const before = labelledDiscs(from);
  const after = labelledDiscs(to);
  const result: LevelMark[] = [];
  for (const mark of marks) {
    const fromBottom = before.length - 1 - before.indexOf(mark.level);
    const level = before.includes(mark.level) ? after[after.length - 1 - fromBottom] : undefined;
    if (level) result.push({ ...mark, level });
  }
  return sortCranialFirst(result);
}
