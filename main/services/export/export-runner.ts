import { Worker } from 'node:worker_threads';
import type { ExportProgress, ExportRequest, ExportResult } from '../../../shared/ipc/channels/export.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { workerScriptUrl } from '../worker-script.ts';
import type { ExportWorkerData, FromExportWorker } from './export-messages.ts';
import { ExportCancelled, runExport, type ExportEnvironment } from './run-export.ts';

/** Runs one export: in a worker thread for the app, or in this thread (tests, benches). */
export type ExportRunner = (
  request: ExportRequest,
  onProgress: (progress: Omit<ExportProgress, 'jobId'>) => void,
  signal: AbortSignal,
) => Promise<ExportResult>;

/** In this thread, yielding to the event loop every few milliseconds. */
export function inThreadRunner(environment: () => ExportEnvironment): ExportRunner {
  return (request, onProgress, signal) => runExport(environment(), request, { onProgress, isCancelled: () => signal.aborted });
}

/** An error of the worker as an Error of this thread, its class kept for the log. */
class ExportWorkerError extends Error {
  override name: string;
  constructor(errorClass: string) {
    super('the export worker failed');
    this.name = errorClass;
  }
}

/**
 * In a worker thread of its own (engineering §13: exports must not hold the main process): the
 * worker opens the database in `dataDir`, runs the export and posts its progress; cancelling sets
 * a shared flag the export checks before every case and every image.
 */
export function workerRunner(options: { dataDir: string; appVersion: string; exportedBy: () => string }): ExportRunner {
  return (request, onProgress, signal) =>
    new Promise<ExportResult>((resolve, reject) => {
      const cancel = new SharedArrayBuffer(4);
      const data: ExportWorkerData = { dataDir: options.dataDir, appVersion: options.appVersion, exportedBy: options.exportedBy(), request, cancel };
      const worker = new Worker(workerScriptUrl('export-worker'), { workerData: data });
      const onAbort = () => Atomics.store(new Int32Array(cancel), 0, 1);
      signal.addEventListener('abort', onAbort);
      let settled = false;
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', onAbort);
        outcome();
      };
      worker.on('message', (message: FromExportWorker) => {
        if (message.type === 'progress') onProgress(message.progress);
        else if (message.type === 'done') settle(() => resolve(message.result));
        else if (message.type === 'cancelled') settle(() => reject(new ExportCancelled()));
        else settle(() => reject(message.code && message.message ? new AppError(message.code, message.message) : new ExportWorkerError(message.errorClass)));
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', () => settle(() => reject(signal.aborted ? new ExportCancelled() : new ExportWorkerError('WorkerExit'))));
    });
}
