/**
 * A lock the index workers share so that one writes at a time. SQLite would serialise them
 * anyway, but its busy handler sleeps in steps of milliseconds; a waiter here wakes the moment
 * the writer is done. Atomics.wait blocks the thread: never take it on a thread that must stay
 * responsive (Node allows it on the main thread; the command line uses that).
 */
export class WriteLock {
  private readonly cell: Int32Array;
  private readonly maxWaitMs: number;

  /** `maxWaitMs`: a writer holds the lock for milliseconds; one that never lets go has died. */
  constructor(buffer: SharedArrayBuffer, maxWaitMs = 60_000) {
    this.cell = new Int32Array(buffer);
    this.maxWaitMs = maxWaitMs;
  }

  static create(): SharedArrayBuffer {
    return new SharedArrayBuffer(4);
  }

  run<T>(write: () => T): T {
    const giveUpAt = Date.now() + this.maxWaitMs;
    while (Atomics.compareExchange(this.cell, 0, 0, 1) !== 0) {
      if (Date.now() > giveUpAt) throw new Error('Another index writer held the write lock for too long.');
      Atomics.wait(this.cell, 0, 1, 100);
    }
    try {
      return write();
    } finally {
      Atomics.store(this.cell, 0, 0);
      Atomics.notify(this.cell, 0, 1);
    }
  }
}
