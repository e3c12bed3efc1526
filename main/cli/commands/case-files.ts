import fs from 'node:fs';
import path from 'node:path';
import { formatCaseIssue, parseCaseText, type Case } from '../../../shared/domain/index.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { EXIT, type CliContext } from '../command.ts';
import { BadPath, inputFile } from '../paths.ts';

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

/** A case file's text; BadPath (exit 2, one line naming the path) when it cannot be read. */
export function readCaseText(given: string): string {
  const file = inputFile(given, 'case file');
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'read error';
    throw new BadPath(`the case file cannot be read (${code})`);
  }
}

/**
 * Reads and validates a case file for a command: the case, or the exit status after one line on
 * stderr naming what is wrong (never a fragment of the file: it may hold patient data).
 */
export async function readCaseFile(file: string, command: string, context: CliContext): Promise<Case | number> {
  const text = readCaseText(file);
  const parsed = parseCaseText(text);
  if (!parsed.ok) {
    const more = parsed.issues.length > 1 ? ` (and ${parsed.issues.length - 1} more)` : '';
    context.stderr.write(`spinecorrelate ${command}: invalid case: ${formatCaseIssue(parsed.issues[0]!)}${more}\n`);
    return EXIT.badInput;
  }
  return parsed.case;
}
