import type { PickerSelection } from '../../shared/ipc/channels/desktop.ts';
import type { Db } from './store/database.ts';
import type { ImportJobs } from './dicom/import-jobs.ts';
import type { Logger } from './log.ts';

/**
 * Everything a handler may use, built once at start-up by whichever transport runs
 * (main/app for Electron, main/preview for the browser, main/cli for commands).
 */
export interface Services {
  db: Db;
  dataDir: string;
  log: Logger;
  transport: 'electron' | 'preview';
  version: string;
  /** Folder of the bundled demo study, or null when it is not present. */
  demoDir: string | null;
  /** DICOM imports running off the main thread, with their progress. */
  imports: ImportJobs;
  /** Native dialogs, provided by the Electron app (main/app); absent in the preview and the CLI. */
  desktop?: DesktopPort;
}

export interface DesktopPort {
  /** Shows the native open dialog; resolves to the chosen paths, [] when cancelled. */
  chooseImportPaths(select: PickerSelection): Promise<string[]>;
  /** Shows the native folder picker for an export's destination; null when cancelled. */
  chooseExportFolder(): Promise<string | null>;
}
