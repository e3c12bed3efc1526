import type { ExportProgress, ExportRequest, ExportResult } from '../../../shared/ipc/channels/export.ts';
import type { ErrorCode } from '../../../shared/ipc/result.ts';

/** What the main thread gives the export worker when it starts it. */
export interface ExportWorkerData {
  dataDir: string;
  appVersion: string;
  exportedBy: string;
  request: ExportRequest;
  /** Int32 flag: set to 1 to cancel. */
  cancel: SharedArrayBuffer;
}

export type FromExportWorker =
  | { type: 'progress'; progress: Omit<ExportProgress, 'jobId'> }
  | { type: 'done'; result: ExportResult }
  | { type: 'cancelled' }
  /** `code` and `message` when the failure was an expected one (AppError); otherwise only the error's class. */
  | { type: 'failed'; code?: ErrorCode; message?: string; errorClass: string };
