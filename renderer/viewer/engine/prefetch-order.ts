/** Slices either side of the current one loaded ahead of the reader (a series of up to 25 is loaded whole). */
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
