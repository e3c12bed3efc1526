import type { Writable } from 'node:stream';

export interface CliContext {
  dataDir: string;
  stdout: Writable;
  stderr: Writable;
  /** True when stderr is a terminal: progress bars go there, never on stdout. */
  interactive: boolean;
}

export interface Command {
  /** One or two words: `import`, `case export`. */
  name: string;
  usage: string;
  summary: string;
  /** More lines for `spinecorrelate <command> --help`: options and what the output holds. */
  details?: string[];
  run(args: string[], context: CliContext): Promise<number>;
}

/** Exit statuses of ../shared/spec/cli.md. */
export const EXIT = { ok: 0, usage: 1, badInput: 2, failed: 3 } as const;

/** Wrong usage: exit 1 with the command's usage line. */
export class UsageError extends Error {
  override name = 'UsageError';
}
