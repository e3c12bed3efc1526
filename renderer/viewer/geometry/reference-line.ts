import { patientToImage, type ImagePlane } from './image-plane.ts';
import { add, cross, dot, length, scale, type Vec3 } from './vec3.ts';

/** Planes closer to parallel than this cut no useful line (a sagittal on a sagittal). */
export const MIN_REFERENCE_ANGLE_DEGREES = 20;

/**
 * Where the `source` image cuts the `target` image: the segment of the two planes' intersection
 * that lies on both images, as two patient points; null for (near) parallel planes or images
 * that do not overlap. This is the reference line of the source slice drawn on the target.
 */
export function referenceLine(source: ImagePlane, target: ImagePlane): [Vec3, Vec3] | null {
  const direction = cross(source.normal, target.normal);
  const sine = length(direction);
  if (sine < Math.sin((MIN_REFERENCE_ANGLE_DEGREES * Math.PI) / 180)) return null;
  const d = scale(direction, 1 / sine);
  const c = dot(source.normal, target.normal);
  const h1 = dot(source.normal, source.origin);
  const h2 = dot(target.normal, target.origin);
  const denominator = 1 - c * c;
  const onBoth = add(scale(source.normal, (h1 - h2 * c) / denominator), scale(target.normal, (h2 - h1 * c) / denominator));

  let low = -Infinity;
  let high = Infinity;
  for (const plane of [source, target]) {
    const start = patientToImage(plane, onBoth);
    const end = patientToImage(plane, add(onBoth, d));
    const interval = clip(start, [end[0] - start[0], end[1] - start[1]], plane.columns, plane.rows);
    if (!interval) return null;
    low = Math.max(low, interval[0]);
    high = Math.min(high, interval[1]);
  }
  if (!(high > low)) return null;
  return [add(onBoth, scale(d, low)), add(onBoth, scale(d, high))];
}

/** The parameter interval over which start + t·step stays in [0, width] × [0, height]. */
function clip(start: readonly [number, number], step: readonly [number, number], width: number, height: number): [number, number] | null {
  let low = -Infinity;
  let high = Infinity;
  const bounds: [number, number, number][] = [
    [start[0], step[0], width],
    [start[1], step[1], height],
  ];
  for (const [p, s, max] of bounds) {
    if (Math.abs(s) < 1e-12) {
      if (p < 0 || p > max) return null;
      continue;
    }
    const a = (0 - p) / s;
    const b = (max - p) / s;
    low = Math.max(low, Math.min(a, b));
    high = Math.min(high, Math.max(a, b));
  }
  return high > low ? [low, high] : null;
}
