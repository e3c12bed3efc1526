import { cache, Enums, imageLoader, imageLoadPoolManager } from '@cornerstonejs/core';
import { prefetchOrder } from './prefetch-order.ts';

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
