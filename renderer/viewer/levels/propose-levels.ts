import type { DiscLevel } from '../../../shared/domain/levels.ts';
import { imageDirectionOf, insideImage, type ImagePlane } from '../geometry/image-plane.ts';
import type { Vec2 } from '../geometry/vec3.ts';
import { labelledDiscs, type Anatomy } from './level-marks.ts';

/** Centre-to-centre distance of adjacent lumbar discs in adults: a vertebral body plus a disc. */
export const TYPICAL_DISC_SPACING_MM = 34;

export interface SagittalImage {
  pixels: ArrayLike<number>;
  plane: ImagePlane;
}

export interface ProposedDisc {
  level: DiscLevel;
  /** [column, row], SCOORD convention. */
  imagePoint: [number, number];
  /** True when the image showed the disc; false when only the typical spacing placed it. */
  fromImage: boolean;
}

/** How far the search looks around each predicted disc, mm. */
const ALONG_WINDOW = 0.3;
const ACROSS_RANGE_MM = 24;
const DISC_BAND_MM = 2;
const BODY_NEAR_MM = 6;
const BODY_FAR_MM = 12;
/** Where the contrast across the spine counts as gone: the disc's front and back edges. */
const EDGE_FRACTION = 0.05;

/**
 * Proposes the other disc levels from one marked disc on a sagittal image, walking along the
 * spine disc by disc: each next disc is predicted one spacing further along the current
 * direction, then found in the image as the band whose signal differs most from the vertebral
 * bodies on both sides of it (bright or dark discs alike), and centred front-to-back on where
 * that contrast holds. The spacing and direction follow what was found, so the walk follows the
 * lordosis. Where the image gives no clear answer the disc is placed at the predicted point.
 */
export function proposeDiscLevels(image: SagittalImage, marked: { level: DiscLevel; imagePoint: Vec2 }, anatomy: Anatomy): ProposedDisc[] {
  const discs = labelledDiscs(anatomy);
  const start = discs.indexOf(marked.level);
  if (start < 0) return [];
  const cranial = imageDirectionOf(image.plane, [0, 0, 1]);
  if (!cranial) return [];
  const sampler = new Sampler(image);
  const proposals: ProposedDisc[] = [];
  for (const step of [-1, 1] as const) {
    // step -1 walks cranially through the list (towards T12-L1), +1 caudally.
    let point = sampler.toMm(marked.imagePoint);
    let direction: Vec2 = step === -1 ? cranial : [-cranial[0], -cranial[1]];
    let spacing = TYPICAL_DISC_SPACING_MM;
    for (let i = start + step; i >= 0 && i < discs.length; i += step) {
      const predicted: Vec2 = [point[0] + direction[0] * spacing, point[1] + direction[1] * spacing];
      if (!sampler.insideMm(predicted, 5)) break;
      const found = sampler.refineDisc(predicted, direction, spacing);
      const next = found ?? predicted;
      proposals.push({ level: discs[i]!, imagePoint: sampler.toImage(next), fromImage: found !== null });
      const moved: Vec2 = [next[0] - point[0], next[1] - point[1]];
      const distance = Math.hypot(moved[0], moved[1]);
      if (found && distance > 0) {
        const blended: Vec2 = [direction[0] + moved[0] / distance, direction[1] + moved[1] / distance];
        const norm = Math.hypot(blended[0], blended[1]);
        direction = [blended[0] / norm, blended[1] / norm];
        spacing = clamp(distance, 0.75 * TYPICAL_DISC_SPACING_MM, 1.25 * TYPICAL_DISC_SPACING_MM);
      }
      point = next;
    }
  }
  return proposals;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}

/** Bilinear samples of the image in an isotropic millimetre frame: x along columns, y along rows. */
class Sampler {
  private readonly pixels: ArrayLike<number>;
  private readonly plane: ImagePlane;

  constructor(image: SagittalImage) {
    this.pixels = image.pixels;
    this.plane = image.plane;
  }

  toMm(point: Vec2): Vec2 {
    return [point[0] * this.plane.columnSpacing, point[1] * this.plane.rowSpacing];
  }

  toImage(point: Vec2): [number, number] {
    return [point[0] / this.plane.columnSpacing, point[1] / this.plane.rowSpacing];
  }

  insideMm(point: Vec2, marginMm: number): boolean {
    const margin = -marginMm / Math.max(this.plane.columnSpacing, this.plane.rowSpacing);
    return insideImage(this.plane, this.toImage(point), margin);
  }

  /** Mean of a few samples across a short segment, mm frame. */
  value(x: number, y: number): number {
    const column = x / this.plane.columnSpacing - 0.5;
    const row = y / this.plane.rowSpacing - 0.5;
    const c0 = Math.floor(column);
    const r0 = Math.floor(row);
    const fc = column - c0;
    const fr = row - r0;
    const at = (c: number, r: number) => {
      const cc = Math.min(this.plane.columns - 1, Math.max(0, c));
      const rr = Math.min(this.plane.rows - 1, Math.max(0, r));
      return this.pixels[rr * this.plane.columns + cc]!;
    };
    return (at(c0, r0) * (1 - fc) + at(c0 + 1, r0) * fc) * (1 - fr) + (at(c0, r0 + 1) * (1 - fc) + at(c0 + 1, r0 + 1) * fc) * fr;
  }

  /** Mean along the axis between `from` and `to` mm from `point`. */
  private band(point: Vec2, axis: Vec2, from: number, to: number): number {
    let sum = 0;
    let count = 0;
    for (let t = from; t <= to + 1e-9; t += 1) {
      sum += this.value(point[0] + axis[0] * t, point[1] + axis[1] * t);
      count++;
    }
    return sum / count;
  }

  /** How much a disc centred here stands out from the bodies above and below it. */
  private contrast(point: Vec2, axis: Vec2): number {
    const disc = this.band(point, axis, -DISC_BAND_MM, DISC_BAND_MM);
    const above = this.band(point, axis, BODY_NEAR_MM, BODY_FAR_MM);
    const below = this.band(point, axis, -BODY_FAR_MM, -BODY_NEAR_MM);
    return Math.abs(disc - (above + below) / 2) - 0.5 * Math.abs(above - below);
  }

  /** The contrast profile across the spine (front to back) through a point on the axis. */
  private acrossProfile(point: Vec2, axis: Vec2): number[] {
    const across: Vec2 = [-axis[1], axis[0]];
    const profile: number[] = [];
    for (let q = -ACROSS_RANGE_MM; q <= ACROSS_RANGE_MM; q++) profile.push(this.contrast([point[0] + across[0] * q, point[1] + across[1] * q], axis));
    return profile;
  }

  /** Finds the disc near a predicted point, then once more from where it was found: a better front-to-back centre sharpens the search along the spine. */
  refineDisc(predicted: Vec2, axis: Vec2, spacing: number): Vec2 | null {
    const first = this.findDisc(predicted, axis, spacing);
    if (!first) return null;
    return this.findDisc(first, axis, spacing / 3) ?? first;
  }

  private findDisc(predicted: Vec2, axis: Vec2, spacing: number): Vec2 | null {
    const reach = Math.round(ALONG_WINDOW * spacing);
    const across: Vec2 = [-axis[1], axis[0]];
    let best = { score: -Infinity, along: 0, profile: [] as number[] };
    for (let s = -reach; s <= reach; s++) {
      const centre: Vec2 = [predicted[0] + axis[0] * s, predicted[1] + axis[1] * s];
      const profile = this.acrossProfile(centre, axis);
      // The middle of the profile: a disc is wider than this, so the score does not reward an edge.
      const middle = profile.slice(ACROSS_RANGE_MM - 10, ACROSS_RANGE_MM + 11);
      const score = middle.reduce((a, b) => a + b, 0) / middle.length;
      if (score > best.score) best = { score, along: s, profile };
    }
    const peak = Math.max(...best.profile);
    if (!(peak > 0) || best.score <= 0) return null;
    // Centre across: between the edges where the contrast dies out (the front and back of the
    // disc), walking out from the predicted line. The back of a disc often stands out most
    // (the annulus against the canal), so a threshold near the peak would cut its front off.
    const edge = EDGE_FRACTION * peak;
    const smooth = best.profile.map((v, i, all) => (2 * v + (all[i - 1] ?? v) + (all[i + 1] ?? v)) / 4);
    const at = (q: number) => smooth[q + ACROSS_RANGE_MM] ?? -Infinity;
    if (at(0) < edge) return null;
    let low = 0;
    let high = 0;
    while (low - 1 >= -ACROSS_RANGE_MM && at(low - 1) >= edge) low--;
    while (high + 1 <= ACROSS_RANGE_MM && at(high + 1) >= edge) high++;
    const offset = (low + high) / 2;
    return [predicted[0] + axis[0] * best.along + across[0] * offset, predicted[1] + axis[1] * best.along + across[1] * offset];
  }
}
