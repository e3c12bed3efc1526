import type { DiscLevel } from '../../../shared/domain/levels.ts';
import { signedDistance, type ImagePlane } from '../geometry/image-plane.ts';
import { distance } from '../geometry/vec3.ts';
import { sortCranialFirst, type LevelMark } from './level-marks.ts';

export type AxialLevel =
  | { kind: 'disc'; level: DiscLevel }
  | { kind: 'between'; above: DiscLevel; below: DiscLevel }
  | { kind: 'above'; level: DiscLevel }
  | { kind: 'below'; level: DiscLevel }
  | { kind: 'unlabelled' };

/** A slice cuts a disc when the disc's centre lies within this fraction of the local disc spacing (about 4 mm) of its plane. */
export const DISC_HALF_THICKNESS_FRACTION = 0.12;
const FALLBACK_SPACING_MM = 34;

/**
 * Which labelled disc an axial slice cuts, or between which two it lies. Each disc's centre is
 * measured against the slice's own plane, so angled (disc-parallel) slices are judged right.
 */
export function axialLevelOf(plane: ImagePlane, marks: readonly LevelMark[]): AxialLevel {
  const sorted = sortCranialFirst(marks);
  if (sorted.length === 0) return { kind: 'unlabelled' };
  const points = sorted.map((m) => m.position.patientPoint);
  const distances = points.map((p) => signedDistance(plane, p));
  let nearest = -1;
  sorted.forEach((_, i) => {
    const neighbours = [points[i - 1], points[i + 1]].filter((p) => p !== undefined).map((p) => distance(p, points[i]!));
    const spacing = neighbours.length > 0 ? Math.min(...neighbours) : FALLBACK_SPACING_MM;
    const within = Math.abs(distances[i]!) <= DISC_HALF_THICKNESS_FRACTION * spacing;
    if (within && (nearest < 0 || Math.abs(distances[i]!) < Math.abs(distances[nearest]!))) nearest = i;
  });
  if (nearest >= 0) return { kind: 'disc', level: sorted[nearest]!.level };
  for (let i = 0; i + 1 < sorted.length; i++) {
    if (Math.sign(distances[i]!) !== Math.sign(distances[i + 1]!)) return { kind: 'between', above: sorted[i]!.level, below: sorted[i + 1]!.level };
  }
  // Every disc lies on one side. Which side is cranial follows from the first disc's position relative to the last.
  const first = distances[0]!;
  const cranialIsPositive = distances.length > 1 ? distances[0]! > distances[distances.length - 1]! : plane.normal[2] >= 0;
  const sliceAboveAll = cranialIsPositive ? first < 0 : first > 0;
  return sliceAboveAll ? { kind: 'above', level: sorted[0]!.level } : { kind: 'below', level: sorted[sorted.length - 1]!.level };
}

export function describeAxialLevel(level: AxialLevel): string {
  const name = (l: string) => l.replace('-', '–');
  switch (level.kind) {
    case 'disc':
      return `${name(level.level)} disc`;
    case 'between':
      return `between ${name(level.above)} and ${name(level.below)}`;
    case 'above':
      return `above ${name(level.level)}`;
    case 'below':
      return `below ${name(level.level)}`;
    case 'unlabelled':
      return 'levels not labelled';
  }
}
