import type { ImportFailure } from './import-job-run.ts';
import type { ImportRunResult, ImportUpdate } from './import-run.ts';

/**
 * Where imports run for the job manager: in a long-lived import worker (the app: the main thread
 * stays free for windows and IPC) or on the calling thread (the command line, which has nothing
 * else to do and so skips starting a thread). Jobs run one after another.
 */
export interface ImportRunner {
  run(jobId: string, paths: readonly string[], cancel: SharedArrayBuffer): void;
  /** Starts threads early and, given files to prime with, trains the import path on them. */
  warmUp(): Promise<void>;
  /** A cancelled job that has not stopped within its grace period: stop it by force. */
  forceStop(): void;
  /** Resolves once every job has ended (their cancel flags are set by the manager). */
  close(): Promise<void>;
}

export interface RunnerEvents {
  update(jobId: string, update: ImportUpdate): void;
  finished(jobId: string, result: ImportRunResult): void;
  /** The job stopped on an internal error, or its thread died. */
  failed(jobId: string, failure: ImportFailure): void;
}
