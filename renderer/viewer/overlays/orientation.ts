import type { Vec3 } from '../geometry/vec3.ts';

/**
 * The patient direction a unit vector points to, as radiology letters (DICOM LPS: +x left,
 * +y posterior, +z head): the dominant axis first, a second when it is more than a third as
 * strong — e.g. 'A', 'SA'.
 */
export function directionLetters(v: Vec3): string {
  const letters: [string, number][] = [
    [v[0] > 0 ? 'L' : 'R', Math.abs(v[0])],
    [v[1] > 0 ? 'P' : 'A', Math.abs(v[1])],
    [v[2] > 0 ? 'S' : 'I', Math.abs(v[2])],
  ];
  letters.sort((a, b) => b[1] - a[1]);
  return letters
    .filter(([, weight], i) => i === 0 || weight > letters[0]![1] / 3)
    .slice(0, 2)
    .map(([letter]) => letter)
    .join('');
}

/** A patient point as "R 12.3 A 4.5 S 67.8" (mm). */
export function formatPatientPoint(p: Vec3): string {
  const part = (value: number, positive: string, negative: string) => `${value >= 0 ? positive : negative} ${Math.abs(value).toFixed(1)}`;
  return `${part(p[0], 'L', 'R')}  ${part(p[1], 'P', 'A')}  ${part(p[2], 'S', 'I')}`;
}
