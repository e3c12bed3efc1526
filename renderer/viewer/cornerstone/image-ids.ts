import type { ViewerImage } from '../../../shared/ipc/channels/viewer.ts';

/** One displayable frame of a series: which instance, which frame of it (0-based). */
export interface FrameRef {
  image: ViewerImage;
  frame: number;
}

/**
 * Cornerstone image ids for a series, one per frame, in viewing order. Pixel data is asked for by
 * instance id only — `wadouri:` plus the transport's image URL; the renderer never sees a path.
 * Frames of a multi-frame instance are `?frame=N` (1-based, as the loader expects).
 */
export function frameImageIds(images: readonly ViewerImage[], imageUrl: (instanceId: number) => string): { imageIds: string[]; frames: FrameRef[] } {
  const imageIds: string[] = [];
  const frames: FrameRef[] = [];
  for (const image of images) {
    const url = imageUrl(image.id);
    const count = Math.max(1, image.frames);
    for (let frame = 0; frame < count; frame++) {
      imageIds.push(count === 1 ? `wadouri:${url}` : `wadouri:${url}?frame=${frame + 1}`);
      frames.push({ image, frame });
    }
  }
  return { imageIds, frames };
}
