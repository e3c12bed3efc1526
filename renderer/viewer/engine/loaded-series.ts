import type { ViewerSeries } from '../../../shared/ipc/channels/viewer.ts';
import { frameImageIds, type FrameRef } from '../cornerstone/image-ids.ts';
import { planeOf, type ImagePlane } from '../geometry/image-plane.ts';
import { sliceSpacing } from '../geometry/nearest-slice.ts';

/** A series ready to show: its Cornerstone image ids and, per frame, the image plane from the index. */
export interface LoadedSeries {
  series: ViewerSeries;
  imageIds: string[];
  frames: FrameRef[];
  /** Null where the index has no usable geometry, and for the frames of multi-frame instances (the index keeps one position per instance). */
  planes: (ImagePlane | null)[];
  /** Distance between neighbouring slices, mm; null below two slices with geometry. */
  spacingMm: number | null;
}

export function loadSeries(series: ViewerSeries, imageUrl: (instanceId: number) => string): LoadedSeries {
  const { imageIds, frames } = frameImageIds(series.images, imageUrl);
  const planes = frames.map((f) => (f.image.frames <= 1 ? planeOf(f.image) : null));
  return { series, imageIds, frames, planes, spacingMm: sliceSpacing(planes) };
}

/** The frame index of an image (SOP Instance UID, frame) in the series, or -1. */
export function frameIndexOf(loaded: LoadedSeries, sopInstanceUID: string, frame = 0): number {
  return loaded.frames.findIndex((f) => f.image.sopInstanceUID === sopInstanceUID && f.frame === frame);
}
