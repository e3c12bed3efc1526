import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/result.ts';

/**
 * An export is written into a hidden folder beside its destination and renamed into place only
 * when every file, the manifest last, is written: a cancelled or failed export leaves no folder
 * and no manifest behind, nothing that looks complete.
 */
export interface Staging {
  /** The folder files are written into while the export runs. */
  dir: string;
  outDir: string;
  commit(): void;
  abort(): void;
}

function isEmptyDirectory(dir: string): boolean {
  return fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0;
}

/** Refuses a destination that exists and is not empty, or whose parent folder is missing. */
export function checkDestination(outDirInput: string): string {
  const outDir = path.resolve(outDirInput);
  if (fs.existsSync(outDir) && !isEmptyDirectory(outDir)) {
    throw new AppError('conflict', 'The export folder already exists and is not empty: choose a new folder.');
  }
  if (!fs.existsSync(path.dirname(outDir))) throw new AppError('not-found', 'The folder to create the export in does not exist.');
  return outDir;
}

export function createStaging(outDirInput: string): Staging {
  const outDir = checkDestination(outDirInput);
  const parent = path.dirname(outDir);
  const dir = path.join(parent, `.${path.basename(outDir)}.partial-${randomBytes(6).toString('hex')}`);
  fs.mkdirSync(dir);
  let open = true;
  return {
    dir,
    outDir,
    commit() {
      if (!open) return;
      if (fs.existsSync(outDir)) fs.rmdirSync(outDir);
      fs.renameSync(dir, outDir);
      open = false;
    },
    abort() {
      if (!open) return;
      fs.rmSync(dir, { recursive: true, force: true });
      open = false;
    },
  };
}
