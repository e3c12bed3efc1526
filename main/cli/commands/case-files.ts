import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result.ts';
import { EXIT, type CliContext } from '../command.ts';

/**
 * Writes a file so that it is either absent or complete: a temporary file beside it, flushed,
 * then renamed over it. An interrupted export leaves nothing half-written.
 */
export function writeFileAtomically(file: string, text: string | Uint8Array): void {
  const target = path.resolve(file);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** Bad input (a refused case, an unknown study) as one line on stderr and exit 2; null for anything else. */
export function oneLineRefusal(error: unknown, command: string, context: CliContext): number | null {
  if (!(error instanceof AppError) || !['invalid-input', 'not-found', 'invalid-request'].includes(error.code)) return null;
  context.stderr.write(`spinecorrelate ${command}: ${error.message}\n`);
  return EXIT.badInput;
}
