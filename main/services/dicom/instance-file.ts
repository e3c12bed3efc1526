import fs from 'node:fs';
import { AppError } from '../../../shared/ipc/result.ts';
import type { Db } from '../store/database.ts';

export interface ServableFile {
  path: string;
  size: number;
}

/**
 * The file behind an imported instance, for the image route of either transport. Only files
 * that were imported can be served; the renderer names an instance id, never a path. A file
 * moved, deleted or rewritten since its import is reported in words, never served blindly.
 */
export function instanceFileForServing(db: Db, instanceId: number): ServableFile {
  const row = db
    .prepare<[number], { path: string; size: number }>('SELECT file_path AS path, file_size AS size FROM instances WHERE id = ?')
    .get(instanceId);
  if (!row) throw new AppError('not-found', 'This image is not in the index (it may have been re-imported); reload the study.');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(row.path);
  } catch {
    throw new AppError('not-found', 'The file of this image is gone: it was moved or deleted after it was imported. Import it again from where it is now.');
  }
  if (!stat.isFile() || stat.size !== row.size) {
    throw new AppError('conflict', 'The file of this image has changed since it was imported. Import it again.');
  }
  return { path: row.path, size: stat.size };
}
