import { AppError } from '../../../shared/ipc/result.ts';
import type { Db } from '../store/database.ts';

export interface ServableFile {
  path: string;
  size: number;
}

/**
 * The file behind an imported instance, for the image route of either transport. Only files
 * that were imported can be served; the renderer names an instance id, never a path.
 */
export function instanceFileForServing(_db: Db, _instanceId: number): ServableFile {
  throw new AppError('unavailable', 'Image serving is not available yet.');
}
