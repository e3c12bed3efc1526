import type { Writable } from 'node:stream';

/**
 * A one-line progress bar for a terminal (redrawn in place with \r), or nothing at all when the
 * output is not a terminal: logs and pipes get no control characters.
 */
export interface ProgressBar {
  update(done: number, total: number, label: string): void;
  /** Clears the bar's line. */
  end(): void;
}

const WIDTH = 30;

export function progressBar(out: Writable, interactive: boolean): ProgressBar {
  if (!interactive) return { update() {}, end() {} };
  let drawn = false;
  return {
    update(done, total, label) {
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(fraction * WIDTH);
      out.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} ${label}\x1b[K`);
      drawn = true;
    },
    end() {
      if (drawn) out.write('\r\x1b[K');
      drawn = false;
    },
  };
}
