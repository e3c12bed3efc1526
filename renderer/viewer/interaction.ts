import type { DiscLevel } from '../../shared/domain/levels.ts';
import type { Anchor } from './api.ts';
import type { FrameRef } from './cornerstone/image-ids.ts';
import type { LoadedSeries } from './engine/loaded-series.ts';
import { imageToPatient, patientToImage, type ImagePlane } from './geometry/image-plane.ts';
import { nearestSliceThrough } from './geometry/nearest-slice.ts';
import type { Vec3 } from './geometry/vec3.ts';
import { sortCranialFirst, type Anatomy, type LevelMark, type LevelPosition } from './levels/level-marks.ts';
import { proposeDiscLevels } from './levels/propose-levels.ts';

const round = (v: number, places = 2) => Math.round(v * 10 ** places) / 10 ** places;

/** A point on an image as the case keeps it: patient point, the image, and the point on it. */
export function levelPositionAt(loaded: LoadedSeries, frame: FrameRef, plane: ImagePlane, point: Vec3): LevelPosition {
  const onImage = patientToImage(plane, point);
  const onPlane = imageToPatient(plane, onImage);
  return {
    patientPoint: [round(onPlane[0]), round(onPlane[1]), round(onPlane[2])],
    seriesInstanceUID: loaded.series.seriesInstanceUID,
    sopInstanceUID: frame.image.sopInstanceUID,
    frame: frame.frame,
    imagePoint: [round(onImage[0]), round(onImage[1])],
  };
}

/** The anchor of a finding at a clicked point: series, SOP instance, frame (0-based), image point (column, row; SCOORD convention) and patient point. */
export function anchorAt(loaded: LoadedSeries, frame: FrameRef, plane: ImagePlane, point: Vec3): Anchor {
  const position = levelPositionAt(loaded, frame, plane, point);
  return {
    seriesInstanceUID: loaded.series.seriesInstanceUID,
    sopInstanceUID: frame.image.sopInstanceUID,
    frame: frame.frame,
    imagePoint: position.imagePoint!,
    patientPoint: position.patientPoint,
  };
}

/**
 * The levels after the reader marked one disc: that one placed by the user, every other disc
 * proposed from the image (proposeDiscLevels) — all on the image that was clicked. Marking
 * again starts the labelling over.
 */
export function markAndPropose(
  pixels: ArrayLike<number> | null,
  loaded: LoadedSeries,
  frame: FrameRef,
  plane: ImagePlane,
  point: Vec3,
  level: DiscLevel,
  anatomy: Anatomy,
): LevelMark[] {
  const marked: LevelMark = { level, placedBy: 'user', position: levelPositionAt(loaded, frame, plane, point) };
  const usable = pixels && pixels.length === plane.rows * plane.columns ? pixels : new Float32Array(plane.rows * plane.columns);
  const proposals = proposeDiscLevels({ pixels: usable, plane }, { level, imagePoint: marked.position.imagePoint! }, anatomy);
  const proposed = proposals.map(
    (p): LevelMark => ({ level: p.level, placedBy: 'proposed', position: levelPositionAt(loaded, frame, plane, imageToPatient(plane, p.imagePoint)) }),
  );
  return sortCranialFirst([marked, ...proposed]);
}

/** For each other viewport, the slice through a clicked point, if one passes within a slice's reach of it. */
export function localize(point: Vec3, targets: readonly { slot: number; loaded: LoadedSeries }[]): { slot: number; index: number }[] {
  return targets.flatMap(({ slot, loaded }) => {
    const hit = nearestSliceThrough(point, loaded.planes, Math.max(3, loaded.spacingMm ?? 4));
    return hit ? [{ slot, index: hit.index }] : [];
  });
}
