import type { PickerSelection } from '../../shared/ipc/channels/desktop.ts';
import { AppError } from '../../shared/ipc/result.ts';
import type { Services } from './context.ts';

/** The native folder/file picker of the desktop app; the browser preview imports by typed path. */
export async function chooseImportPaths(services: Services, select: PickerSelection): Promise<{ paths: string[] }> {
  if (!services.desktop) {
    throw new AppError('unavailable', 'The folder picker is only available in the desktop app; type or paste a folder path instead.');
  }
  return { paths: await services.desktop.chooseImportPaths(select) };
}

/** The native folder picker for a research export's destination; the browser preview takes a typed path. */
export async function chooseExportFolder(services: Services): Promise<{ path: string | null }> {
  if (!services.desktop) {
    throw new AppError('unavailable', 'The folder picker is only available in the desktop app; type the export folder instead.');
  }
  return { path: await services.desktop.chooseExportFolder() };
}
