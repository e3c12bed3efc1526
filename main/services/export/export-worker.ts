// Worker entry: one research export, off the main thread, with its own database connection (WAL
// lets the app keep reading and writing). See export-runner.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../../shared/ipc/result.ts';
import { describeErrorSafely } from '../log.ts';
import { openDatabase } from '../store/database.ts';
import { ExportRepository } from '../store/repositories/export-repository.ts';
import { databaseCaseSource } from './case-source.ts';
import type { ExportWorkerData, FromExportWorker } from './export-messages.ts';
import { ExportCancelled, runExport } from './run-export.ts';

const data = workerData as ExportWorkerData;
const post = (message: FromExportWorker) => parentPort!.postMessage(message);
const cancel = new Int32Array(data.cancel);

const db = openDatabase(data.dataDir);
try {
  const result = await runExport(
    { source: databaseCaseSource(db), repository: new ExportRepository(db), appVersion: data.appVersion, exportedBy: data.exportedBy, now: () => new Date() },
    data.request,
    { onProgress: (progress) => post({ type: 'progress', progress }), isCancelled: () => Atomics.load(cancel, 0) !== 0 },
  );
  post({ type: 'done', result });
} catch (error) {
  if (error instanceof ExportCancelled) post({ type: 'cancelled' });
  else if (error instanceof AppError) post({ type: 'failed', code: error.code, message: error.message, errorClass: 'AppError' });
  else post({ type: 'failed', errorClass: describeErrorSafely(error) });
} finally {
  db.close();
}
