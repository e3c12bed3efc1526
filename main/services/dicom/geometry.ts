import type { planes } from '../../../shared/ipc/channels/studies.ts';

export type Plane = (typeof planes)[number];
export type Vec3 = readonly [number, number, number];

/**
 * A slice plane is named after the patient axis its normal lies closest to — left–right:
 * sagittal, anterior–posterior: coronal, head–foot: axial — when the normal is within this
 * angle of that axis; beyond it the plane is oblique. 35° keeps the disc-parallel axials of a
 * lumbar study (commonly tilted 10–30° to follow L5–S1) axial, while a plane halfway between two
 * axes (45°) is oblique.
 */
export const PLANE_TOLERANCE_DEGREES = 35;

/** The slice normal (row direction × column direction), unit length, or null if degenerate. */
export function sliceNormal(orientation: readonly number[] | null): Vec3 | null {
  if (!orientation || orientation.length !== 6) return null;
  const [rx, ry, rz, cx, cy, cz] = orientation as [number, number, number, number, number, number];
  const n: [number, number, number] = [ry * cz - rz * cy, rz * cx - rx * cz, rx * cy - ry * cx];
  const length = Math.hypot(n[0], n[1], n[2]);
  if (!Number.isFinite(length) || length < 1e-6) return null;
  return [n[0] / length, n[1] / length, n[2] / length];
}

export function planeOf(orientation: readonly number[] | null): Plane {
  const n = sliceNormal(orientation);
  if (!n) return 'unknown';
  const ax = Math.abs(n[0]);
  const ay = Math.abs(n[1]);
  const az = Math.abs(n[2]);
  const largest = Math.max(ax, ay, az);
  const angle = (Math.acos(Math.min(1, largest)) * 180) / Math.PI;
  if (angle > PLANE_TOLERANCE_DEGREES) return 'oblique';
  if (largest === ax) return 'sagittal';
  if (largest === ay) return 'coronal';
  return 'axial';
}

/** Where a slice lies along the normal: ImagePositionPatient · normal, in mm. */
export function slicePosition(position: readonly number[] | null, normal: Vec3 | null): number | null {
  if (!position || position.length !== 3 || !normal) return null;
  return position[0]! * normal[0] + position[1]! * normal[1] + position[2]! * normal[2];
}

/** Positions closer than this are one slice (repeated acquisitions, multiple echoes). */
export const SAME_SLICE_MM = 0.01;

/** Distinct slice positions and the mean spacing between neighbours (null below two). */
export function sliceStack(positions: readonly number[]): { sliceCount: number; spacingMm: number | null } {
  const sorted = [...positions].sort((a, b) => a - b);
  const distinct: number[] = [];
  for (const p of sorted) if (distinct.length === 0 || p - distinct[distinct.length - 1]! > SAME_SLICE_MM) distinct.push(p);
  if (distinct.length < 2) return { sliceCount: distinct.length, spacingMm: null };
  return { sliceCount: distinct.length, spacingMm: (distinct[distinct.length - 1]! - distinct[0]!) / (distinct.length - 1) };
}
