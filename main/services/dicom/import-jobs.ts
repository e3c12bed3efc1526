import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportProgress, RejectedFile, RejectedPage } from '../../../shared/ipc/channels/studies.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { Logger } from '../log.ts';
import type { ImportRunResult, ImportUpdate } from './import-run.ts';
import type { ImportRunner, RunnerEvents } from './import-runner.ts';
import { hereImportRunner } from './import-runner-here.ts';
import { workerImportRunner } from './import-runner-worker.ts';
import { defaultIndexWorkerCount } from './index-pool.ts';

/**
 * Imports, one at a time, each with its progress kept for polling (`import.progress`). In the app
 * they run in a long-lived import worker that scans the paths and indexes chunks of files —
 * reading their headers and writing the index — itself and on index workers (one per further
 * core), each through its own database connection. Cancelling sets a flag checked between
 * chunks; should a read hang in the operating system, the worker is terminated after a grace
 * period, which SQLite survives with every committed chunk intact and nothing half-written.
 */
export interface ImportJobs {
  /** Starts an import of files and folders; refuses paths that are relative or do not exist. */
  start(paths: readonly string[]): string;
  /** Counts and the rejected files' reasons; the rejected files themselves are paged by rejected(). */
  progress(jobId: string): ImportProgress;
  /** The rejected files from `offset`, at most `limit` of them, in the order they were met. */
  rejected(jobId: string, offset: number, limit: number): RejectedPage;
  /** True if the job was still running and is now stopping. */
  cancel(jobId: string): boolean;
  /** Resolves with the final progress when the job is done, cancelled or failed. */
  finished(jobId: string): Promise<ImportProgress>;
  /**
   * Starts the workers ahead of the first import and, given `primeFrom`, trains them on those
   * files, so that the first import runs at full speed. Writes nothing.
   */
  warmUp(): Promise<void>;
  /** Cancels what runs; resolves when it has stopped. */
  close(): Promise<void>;
}

export interface ImportJobsOptions {
  dataDir: string;
  log: Logger;
  /** 'worker' (the app: off the main thread) or 'here' (the command line: on this thread). */
  thread?: 'worker' | 'here';
  /** Index worker threads besides the importing thread (which indexes too). Default: one per further core, at most three. */
  indexWorkers?: number;
  /** How long a cancelled job may take to stop before it is stopped by force. */
  cancelGraceMs?: number;
  /** DICOM files (the bundled demo) that warmUp() trains the import path on. */
  primeFrom?: string | null;
}

interface Job {
  progress: ImportProgress;
  rejected: RejectedFile[];
  rejectedByReason: Map<string, number>;
  cancelFlag: Int32Array;
  done: Promise<ImportProgress>;
  resolve(progress: ImportProgress): void;
  graceTimer?: NodeJS.Timeout;
}

const KEPT_FINISHED_JOBS = 50;
const FINAL_STATES: ReadonlySet<ImportProgress['state']> = new Set(['done', 'cancelled', 'failed']);
const FULL_PATH_EXAMPLE = process.platform === 'win32' ? 'C:\\Users\\…' : '/home/…';

function capitalise(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

export function createImportJobs(options: ImportJobsOptions): ImportJobs {
  const jobs = new Map<string, Job>();
  const cancelGraceMs = options.cancelGraceMs ?? 5000;
  const running = () => [...jobs.values()].filter((job) => !FINAL_STATES.has(job.progress.state));

  const finish = (job: Job, state: ImportProgress['state'], message?: string) => {
    if (FINAL_STATES.has(job.progress.state)) return;
    job.progress.state = state;
    if (message !== undefined) job.progress.message = message;
    clearTimeout(job.graceTimer);
    job.resolve(snapshot(job));
    const finished = [...jobs].filter(([, j]) => FINAL_STATES.has(j.progress.state));
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED_JOBS))) jobs.delete(id);
  };

  const apply = (job: Job, update: ImportUpdate | ImportRunResult) => {
    Object.assign(job.progress, update.counts);
    job.progress.firstStudyId = update.firstStudyId;
    for (const file of update.rejected) {
      job.rejected.push(file);
      job.rejectedByReason.set(file.reason, (job.rejectedByReason.get(file.reason) ?? 0) + 1);
    }
  };

  const events: RunnerEvents = {
    update(jobId, update) {
      const job = jobs.get(jobId);
      if (!job || FINAL_STATES.has(job.progress.state)) return;
      apply(job, update);
      job.progress.state = update.state;
    },
    finished(jobId, result) {
      const job = jobs.get(jobId);
      // A job already ended (cancelled by close()) keeps the progress it ended with.
      if (!job || FINAL_STATES.has(job.progress.state)) return;
      apply(job, result);
      finish(job, result.state);
    },
    failed(jobId, failure) {
      const job = jobs.get(jobId);
      if (!job || FINAL_STATES.has(job.progress.state)) return;
      if (Atomics.load(job.cancelFlag, 0) !== 0) return finish(job, 'cancelled');
      options.log.error('import-failed', undefined, {
        stage: failure.stage,
        reason: failure.error,
        filesFound: job.progress.filesFound,
        filesProcessed: job.progress.filesProcessed,
      });
      finish(job, 'failed', 'The import stopped because of an internal error; the files imported before it stopped are kept.');
    },
  };

  const runnerOptions = { dataDir: options.dataDir, indexWorkers: options.indexWorkers ?? defaultIndexWorkerCount(), primeFrom: options.primeFrom ?? null };
  const runner: ImportRunner = options.thread === 'here' ? hereImportRunner(runnerOptions, events) : workerImportRunner(runnerOptions, events);

  const jobFor = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('not-found', 'There is no such import (it may have finished long ago).');
    return job;
  };

  return {
    start(paths) {
      const which = (i: number) => (paths.length === 1 ? 'the given path' : `path ${i + 1} of ${paths.length}`);
      paths.forEach((p, i) => {
        if (!path.isAbsolute(p)) {
          throw new AppError('invalid-input', `${capitalise(which(i))} is not a full path: use a full path such as ${FULL_PATH_EXAMPLE}.`, [{ path: `paths[${i}]`, message: 'not a full path' }]);
        }
        if (!fs.existsSync(p)) throw new AppError('not-found', `Nothing was found at ${which(i)}.`, [{ path: `paths[${i}]`, message: 'nothing found' }]);
      });
      const resolved = paths.map((p) => path.resolve(p));
      const jobId = randomUUID();
      let resolve!: (progress: ImportProgress) => void;
      const done = new Promise<ImportProgress>((r) => (resolve = r));
      const cancel = new SharedArrayBuffer(4);
      jobs.set(jobId, { progress: emptyProgress(jobId), rejected: [], rejectedByReason: new Map(), cancelFlag: new Int32Array(cancel), done, resolve });
      runner.run(jobId, resolved, cancel);
      return jobId;
    },

    progress(jobId) {
      return snapshot(jobFor(jobId));
    },

    rejected(jobId, offset, limit) {
      const { rejected } = jobFor(jobId);
      return { total: rejected.length, files: rejected.slice(offset, offset + limit) };
    },

    cancel(jobId) {
      const job = jobFor(jobId);
      if (FINAL_STATES.has(job.progress.state)) return false;
      Atomics.store(job.cancelFlag, 0, 1);
      job.graceTimer ??= setTimeout(() => {
        // Still running: a read is stuck in the operating system.
        if (!FINAL_STATES.has(job.progress.state)) runner.forceStop();
      }, cancelGraceMs);
      job.graceTimer.unref();
      return true;
    },

    finished(jobId) {
      return jobFor(jobId).done;
    },

    warmUp() {
      return runner.warmUp();
    },

    async close() {
      const stopping = running();
      for (const job of stopping) Atomics.store(job.cancelFlag, 0, 1);
      await runner.close();
      for (const job of stopping) finish(job, 'cancelled');
    },
  };
}

function emptyProgress(jobId: string): ImportProgress {
  return { jobId, state: 'scanning', filesFound: 0, filesProcessed: 0, studies: 0, series: 0, instances: 0, unchanged: 0, rejectedCount: 0, rejectedReasons: [], firstStudyId: null };
}

function snapshot(job: Job): ImportProgress {
  const rejectedReasons = [...job.rejectedByReason].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
  return { ...job.progress, rejectedCount: job.rejected.length, rejectedReasons };
}
