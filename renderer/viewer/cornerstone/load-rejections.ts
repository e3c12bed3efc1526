import { Enums, eventTarget } from '@cornerstonejs/core';

/**
 * Cornerstone's loadAndCacheImage gives a failed load's error to its caller and also rethrows it
 * from cache.putImageLoadObject, a promise nobody holds: every image that cannot be fetched or
 * decoded — asked for by a viewport, the prefetch or a thumbnail — would leave an unhandled
 * rejection. The failure is reported all the same (IMAGE_LOAD_FAILED, IMAGE_LOAD_ERROR and the
 * caller's own promise; the viewport says why in words), so only that orphaned copy is dropped:
 * a rejection whose reason is the very error Cornerstone reported as a failed load. Any other
 * unhandled rejection still reaches the console (and fails the end-to-end tests).
 */
export function dropOrphanedLoadRejections(): void {
  const reported = new WeakSet<object>();
  eventTarget.addEventListener(Enums.Events.IMAGE_LOAD_FAILED, (event: Event) => {
    const error = (event as CustomEvent<{ error?: unknown } | undefined>).detail?.error;
    if (typeof error === 'object' && error !== null) reported.add(error);
  });
  window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    const reason: unknown = event.reason;
    if (typeof reason === 'object' && reason !== null && reported.has(reason)) event.preventDefault();
  });
}
