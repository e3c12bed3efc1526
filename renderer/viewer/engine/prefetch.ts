import { cache, Enums, imageLoader, imageLoadPoolManager } from '@cornerstonejs/core';

/** Slices either side of the current one loaded ahead of the reader; a short series is loaded whole. */
export const PREFETCH_RADIUS = 12;

/** Indices around `current`, nearest first, alternating ahead and behind. */
export function prefetchOrder(current: number, count: number, radius: number = PREFETCH_RADIUS): number[] {
  const order: number[] = [];
  for (let d = 1; d <= radius; d++) {
    if (current + d < count) order.push(current + d);
    if (current - d >= 0) order.push(current - d);
  }
  return order;
}

/**
 * Queues the images around each viewport's current slice at prefetch priority, after throwing
 * away the previous queue (the reader has moved on). Images already cached or on their way are
 * skipped; interaction requests (the slice being shown) always go first.
 */
export function prefetchAround(stacks: readonly { imageIds: readonly string[]; current: number }[]): void {
  imageLoadPoolManager.clearRequestStack(Enums.RequestType.Prefetch);
  const queue: { imageId: string; distance: number }[] = [];
  for (const stack of stacks) {
    prefetchOrder(stack.current, stack.imageIds.length).forEach((index, rank) => {
      const imageId = stack.imageIds[index]!;
      if (!cache.getImageLoadObject(imageId)) queue.push({ imageId, distance: rank });
    });
  }
  queue.sort((a, b) => a.distance - b.distance);
  for (const { imageId, distance } of queue) {
    const load = () => imageLoader.loadAndCacheImage(imageId, { requestType: Enums.RequestType.Prefetch, priority: distance }).catch(() => undefined);
    imageLoadPoolManager.addRequest(load, Enums.RequestType.Prefetch, { imageId }, distance);
  }
}
