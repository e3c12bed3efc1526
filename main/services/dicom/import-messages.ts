import type { ImportFailure } from './import-job-run.ts';
import type { ImportRunResult, ImportUpdate } from './import-run.ts';

/** Messages between the job manager (main thread) and the import worker. */
export type ToImportWorker =
  | { type: 'start'; jobId: string; paths: string[]; cancel: SharedArrayBuffer }
  /** Train the import path on the DICOM files under these paths (see primeIndexing). */
  | { type: 'prime'; paths: string[] }
  | { type: 'close' };

export type FromImportWorker =
  | { type: 'ready' }
  | { type: 'primed' }
  | ({ type: 'update'; jobId: string } & ImportUpdate)
  | ({ type: 'finished'; jobId: string } & ImportRunResult)
  | { type: 'failed'; jobId: string; failure: ImportFailure };

export interface ImportWorkerData {
  dataDir: string;
  /** Index worker threads besides the import worker, which indexes too. */
  indexWorkers: number;
}
