import { z } from 'zod';

/** Disc levels of case format v1, cranial to caudal; `L5-L6` and `L6-S1` exist only with a sixth lumbar-type vertebra. */
export const DISC_LEVELS = ['T11-T12', 'T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1', 'L5-L6', 'L6-S1'] as const;
export type DiscLevel = (typeof DISC_LEVELS)[number];

/** Vertebral levels of case format v1, cranial to caudal. */
export const VERTEBRAL_LEVELS = ['T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'S1'] as const;
export type VertebralLevel = (typeof VERTEBRAL_LEVELS)[number];

export type Level = DiscLevel | VertebralLevel;

export const discLevelSchema = z.enum(DISC_LEVELS, { error: `must be a disc level: one of ${DISC_LEVELS.join(', ')}` }).meta({ id: 'DiscLevel' });
export const vertebralLevelSchema = z.enum(VERTEBRAL_LEVELS, { error: `must be a vertebral level: one of ${VERTEBRAL_LEVELS.join(', ')}` }).meta({ id: 'VertebralLevel' });
export const anyLevelSchema = z.enum([...DISC_LEVELS, ...VERTEBRAL_LEVELS], {
  error: `must be a disc level (${DISC_LEVELS.join(', ')}) or a vertebral level (${VERTEBRAL_LEVELS.join(', ')})`,
}).meta({ id: 'Level' });

/** Every level on one cranio-caudal axis: each vertebra followed by the disc below it. */
const CRANIOCAUDAL: readonly Level[] = [
  'T11', 'T11-T12', 'T12', 'T12-L1', 'L1', 'L1-L2', 'L2', 'L2-L3', 'L3', 'L3-L4', 'L4', 'L4-L5',
  'L5', 'L5-S1', 'L5-L6', 'L6', 'L6-S1', 'S1',
];
const POSITION = new Map<string, number>(CRANIOCAUDAL.map((level, index) => [level, index]));

export function isDiscLevel(level: string): level is DiscLevel {
  return (DISC_LEVELS as readonly string[]).includes(level);
}

export function isVertebralLevel(level: string): level is VertebralLevel {
  return (VERTEBRAL_LEVELS as readonly string[]).includes(level);
}

/** Position on the cranio-caudal axis (T11 = 0); -1 for anything that is not a level. */
export function levelPosition(level: string): number {
  return POSITION.get(level) ?? -1;
}

/** Sort comparator, cranial first. */
export function compareLevels(a: string, b: string): number {
  return levelPosition(a) - levelPosition(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The vertebrae above and below a disc: `L4-L5` → `['L4', 'L5']`. */
export function discVertebrae(level: DiscLevel): [VertebralLevel, VertebralLevel] {
  const [upper, lower] = level.split('-') as [VertebralLevel, VertebralLevel];
  return [upper, lower];
}

/** The disc levels from T11-T12 down, for five (usual) or six lumbar-type vertebrae. */
export function discLevelSequence(lumbarVertebrae: 5 | 6 = 5): DiscLevel[] {
  const common: DiscLevel[] = ['T11-T12', 'T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5'];
  return lumbarVertebrae === 6 ? [...common, 'L5-L6', 'L6-S1'] : [...common, 'L5-S1'];
}

/** The disc directly above (-1) or below (+1) in the given anatomy, or null past either end. */
export function adjacentDiscLevel(level: DiscLevel, step: -1 | 1, lumbarVertebrae: 5 | 6 = 5): DiscLevel | null {
  const sequence = discLevelSequence(lumbarVertebrae);
  const index = sequence.indexOf(level);
  if (index < 0) return null;
  return sequence[index + step] ?? null;
}

/** True when the level exists only with a sixth lumbar-type vertebra. */
export function isTransitionalLevel(level: Level): boolean {
  return level === 'L5-L6' || level === 'L6-S1' || level === 'L6';
}
