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
}
