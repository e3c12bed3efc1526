import { insideImage, patientToImage, signedDistance, type ImagePlane } from './image-plane.ts';
import type { Vec3 } from './vec3.ts';

export interface SliceHit {
  index: number;
  /** Distance from the point to that slice's plane, mm. */
  distanceMm: number;
}

/**
 * The slice that passes nearest a patient point: among the images whose rectangle the point
 * projects into, the one whose plane is closest, when it is within `maxDistanceMm`. Each image
 * has its own plane, so stacks of several angled blocks (disc-parallel axials) work too.
 */
export function nearestSliceThrough(point: Vec3, planes: readonly (ImagePlane | null)[], maxDistanceMm: number): SliceHit | null {
  let best: SliceHit | null = null;
  planes.forEach((plane, index) => {
    if (!plane || !insideImage(plane, patientToImage(plane, point))) return;
    const distanceMm = Math.abs(signedDistance(plane, point));
    if (distanceMm <= maxDistanceMm && (!best || distanceMm < best.distanceMm)) best = { index, distanceMm };
  });
  return best;
}

/** Median distance between neighbouring slice planes along the first plane's normal (mm); null below two planes. */
export function sliceSpacing(planes: readonly (ImagePlane | null)[]): number | null {
  const known = planes.filter((p): p is ImagePlane => p !== null);
  const first = known[0];
  if (!first || known.length < 2) return null;
  const gaps: number[] = [];
  for (let i = 1; i < known.length; i++) gaps.push(Math.abs(signedDistance(first, known[i]!.origin) - signedDistance(first, known[i - 1]!.origin)));
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)]!;
}
