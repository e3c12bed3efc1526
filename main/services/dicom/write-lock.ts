/**
 * A lock the index workers share so that one writes at a time. SQLite would serialise them
 * anyway, but its busy handler sleeps in steps of milliseconds; a waiter here wakes the moment
 * the writer is done. Atomics.wait blocks, so only worker threads may take it.
 */
export class WriteLock {
  private readonly cell: Int32Array;

  constructor(buffer: SharedArrayBuffer) {
    this.cell = new Int32Array(buffer);
  }

  static create(): SharedArrayBuffer {
    return new SharedArrayBuffer(4);
  }

  run<T>(write: () => T): T {
    while (Atomics.compareExchange(this.cell, 0, 0, 1) !== 0) Atomics.wait(this.cell, 0, 1, 100);
    try {
      return write();
    } finally {
      Atomics.store(this.cell, 0, 0);
      Atomics.notify(this.cell, 0, 1);
    }
  }
}
