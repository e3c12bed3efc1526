import fs from 'node:fs';
import path from 'node:path';

/**
 * Bad input named by a path: exit 2 with this one line on stderr. The line says which argument
 * it is and what is wrong with it, but not the path itself, nor anything from the file: folder
 * and file names of studies and cases often carry a patient's name.
 */
export class BadPath extends Error {
  override name = 'BadPath';
}

/**
 * A path from the command line: relative ones are taken from the current folder. `shown` is what
 * messages say after the problem: a reminder of that for a relative path.
 */
function resolved(given: string): { full: string; shown: string } {
  return { full: path.resolve(given), shown: path.isAbsolute(given) ? '' : ' (a relative path is taken from the current folder)' };
}

const PROBLEMS: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'does not exist (a part of it is a file, not a folder)',
  EACCES: 'cannot be read (permission denied)',
  EPERM: 'cannot be read (permission denied)',
  ELOOP: 'cannot be read (too many symbolic links)',
  ENAMETOOLONG: 'is too long a name',
};

function problemOf(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  return PROBLEMS[code] ?? `cannot be read (${code || 'read error'})`;
}

function statOrRefuse(role: string, full: string, shown: string): fs.Stats {
  try {
    return fs.statSync(full);
  } catch (error) {
    throw new BadPath(`the ${role} ${problemOf(error)}${shown}`);
  }
}

function mustRead(role: string, full: string, shown: string, mode: number): void {
  try {
    fs.accessSync(full, mode);
  } catch (error) {
    throw new BadPath(`the ${role} ${problemOf(error)}${shown}`);
  }
}

/** A file to read (a case file): its full path, or BadPath. */
export function inputFile(given: string, role: string): string {
  const { full, shown } = resolved(given);
  const stat = statOrRefuse(role, full, shown);
  if (stat.isDirectory()) throw new BadPath(`the ${role} is a folder, not a file${shown}`);
  if (!stat.isFile()) throw new BadPath(`the ${role} is not a regular file${shown}`);
  mustRead(role, full, shown, fs.constants.R_OK);
  return full;
}

/** A file or folder to read (what to import): its full path, or BadPath. */
export function inputFileOrFolder(given: string, role: string): string {
  const { full, shown } = resolved(given);
  const stat = statOrRefuse(role, full, shown);
  if (!stat.isDirectory() && !stat.isFile()) throw new BadPath(`the ${role} is not a regular file or folder${shown}`);
  mustRead(role, full, shown, stat.isDirectory() ? fs.constants.R_OK | fs.constants.X_OK : fs.constants.R_OK);
  return full;
}

/** The folder a new file or folder goes into must exist and be writable. */
function parentMustTakeIt(role: string, full: string, shown: string): void {
  const parent = path.dirname(full);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(parent);
  } catch {
    throw new BadPath(`the ${role} cannot be written: its folder does not exist${shown}`);
  }
  if (!stat.isDirectory()) throw new BadPath(`the ${role} cannot be written: its folder is a file${shown}`);
  try {
    fs.accessSync(parent, fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw new BadPath(`the ${role} cannot be written: permission denied in its folder${shown}`);
  }
}

/** A file to write (--out FILE): its full path, or BadPath. */
export function outputFile(given: string, role: string): string {
  const { full, shown } = resolved(given);
  if (fs.existsSync(full) && fs.statSync(full).isDirectory()) throw new BadPath(`the ${role} is a folder: name a file to write${shown}`);
  parentMustTakeIt(role, full, shown);
  return full;
}

/** A folder to write into or create (--out DIR): its full path, or BadPath. */
export function outputFolder(given: string, role: string): string {
  const { full, shown } = resolved(given);
  if (fs.existsSync(full)) {
    if (!fs.statSync(full).isDirectory()) throw new BadPath(`the ${role} is a file, not a folder${shown}`);
    return full;
  }
  parentMustTakeIt(role, full, shown);
  return full;
}

/**
 * The data folder (--data-dir): an existing folder, or one that can be made where the nearest
 * existing folder above it is. Nothing is created here: commands that need it create it.
 */
export function dataFolder(given: string): string {
  const { full, shown } = resolved(given);
  let existing = full;
  while (!fs.existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  if (!fs.statSync(existing).isDirectory()) {
    throw new BadPath(existing === full ? `the data folder is a file, not a folder${shown}` : `the data folder cannot be made: a folder above it is a file${shown}`);
  }
  try {
    fs.accessSync(existing, existing === full ? fs.constants.R_OK | fs.constants.W_OK | fs.constants.X_OK : fs.constants.W_OK | fs.constants.X_OK);
  } catch {
    throw new BadPath(`the data folder cannot be used: permission denied${shown}`);
  }
  return full;
}
