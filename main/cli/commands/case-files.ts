import fs from 'node:fs';
import path from 'node:path';
import { formatCaseIssue, parseCaseText, type Case } from '../../../shared/domain/index.ts';
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

const READ_ERRORS: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a folder', EPERM: 'permission denied' };

/**
 * Reads and validates a case file for a command: the case, or the exit status after one line on
 * stderr naming what is wrong (never a fragment of the file: it may hold patient data).
 */
export async function readCaseFile(file: string, command: string, context: CliContext): Promise<Case | number> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    context.stderr.write(`spinecorrelate ${command}: cannot read the case file: ${READ_ERRORS[code] ?? 'read error'}\n`);
    return EXIT.badInput;
  }
  const parsed = parseCaseText(text);
  if (!parsed.ok) {
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : '';
    context.stderr.write(`spinecorrelate ${command}: invalid case: ${formatCaseIssue(parsed.issues[0]!)}${more}\n`);
    return EXIT.badInput;
  }
  return parsed.case;
}
