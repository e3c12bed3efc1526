import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportProgress } from '../../../shared/ipc/channels/studies.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import type { Logger } from '../log.ts';
import { workerScriptUrl } from '../worker-script.ts';
import type { FromImportWorker, ImportWorkerData, ToImportWorker } from './import-messages.ts';
import { defaultIndexWorkerCount } from './index-pool.ts';

/**
 * Imports run off the main thread, one at a time, in a long-lived import worker that scans the
 * paths and indexes chunks of files — reading their headers and writing the index — itself and
 * on index workers (one per further core), each through its own database connection. This manager keeps each job's progress for polling (`import.progress`), and cancels:
 * a flag the worker checks between chunks of files, and — should a read hang in the operating
 * system — terminating the worker after a grace period, which SQLite survives with every
 * committed batch intact and nothing half-written.
 */
export interface ImportJobs {
  /** Starts an import of files and folders; refuses paths that do not exist. */
  start(paths: readonly string[]): string;
  progress(jobId: string): ImportProgress;
  /** True if the job was still running and is now stopping. */
  cancel(jobId: string): boolean;
  /** Resolves with the final progress when the job is done, cancelled or failed. */
  finished(jobId: string): Promise<ImportProgress>;
  /**
   * Starts the workers ahead of the first import and, given `primeFrom`, trains them on those
   * files, so that the first import runs at full speed. Writes nothing.
   */
  warmUp(): Promise<void>;
  close(): Promise<void>;
}

export interface ImportJobsOptions {
  dataDir: string;
  log: Logger;
  /** Index worker threads besides the import worker (which indexes too). Default: one per further core, at most three. */
  indexWorkers?: number;
  /** How long a cancelled job may take to stop before its worker is terminated. */
  cancelGraceMs?: number;
  /** DICOM files (the bundled demo) that warmUp() trains the import path on. */
  primeFrom?: string | null;
}

interface Job {
  progress: ImportProgress;
  cancelFlag: Int32Array;
  done: Promise<ImportProgress>;
  resolve(progress: ImportProgress): void;
  graceTimer?: NodeJS.Timeout;
}

const KEPT_FINISHED_JOBS = 50;
const FINAL_STATES: ReadonlySet<ImportProgress['state']> = new Set(['done', 'cancelled', 'failed']);

export function createImportJobs(options: ImportJobsOptions): ImportJobs {
  const jobs = new Map<string, Job>();
  const indexWorkers = options.indexWorkers ?? defaultIndexWorkerCount();
  const cancelGraceMs = options.cancelGraceMs ?? 5000;
  let worker: Worker | null = null;
  let ready: Promise<void> = Promise.resolve();

  const running = () => [...jobs.values()].filter((job) => !FINAL_STATES.has(job.progress.state));

  const finish = (job: Job, state: ImportProgress['state'], message?: string) => {
    if (FINAL_STATES.has(job.progress.state)) return;
    job.progress.state = state;
    if (message !== undefined) job.progress.message = message;
    clearTimeout(job.graceTimer);
    job.resolve(snapshot(job.progress));
    if (running().length === 0) worker?.unref();
    forgetOldJobs();
  };

  const forgetOldJobs = () => {
    const finished = [...jobs].filter(([, job]) => FINAL_STATES.has(job.progress.state));
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED_JOBS))) jobs.delete(id);
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const data: ImportWorkerData = { dataDir: options.dataDir, indexWorkers };
    const w = new Worker(workerScriptUrl('import-worker'), { workerData: data });
    worker = w;
    ready = new Promise((resolve) => {
      const onReady = (message: FromImportWorker) => {
        if (message.type !== 'ready') return;
        w.off('message', onReady);
        resolve();
      };
      w.on('message', onReady);
      w.once('exit', () => resolve());
    });
    w.on('message', (message: FromImportWorker) => {
      if (message.type === 'ready' || message.type === 'primed') return;
      const job = jobs.get(message.jobId);
      if (!job) return;
      if (message.type === 'update' || message.type === 'finished') {
        Object.assign(job.progress, message.counts);
        job.progress.rejected.push(...message.rejected);
        if (message.type === 'update') {
          if (!FINAL_STATES.has(job.progress.state)) job.progress.state = message.state;
        } else finish(job, message.state);
      } else {
        options.log.error('import-failed', new Error(message.error));
        finish(job, 'failed', 'The import stopped because of an internal error; the files imported before it stopped are kept.');
      }
    });
    const lost = (error?: unknown) => {
      if (worker !== w) return;
      worker = null;
      if (error !== undefined) options.log.error('import-worker-failed', error);
      for (const job of running()) {
        if (Atomics.load(job.cancelFlag, 0) !== 0) finish(job, 'cancelled');
        else finish(job, 'failed', 'The import stopped unexpectedly; the files imported before it stopped are kept.');
      }
    };
    w.on('error', lost);
    w.on('exit', () => lost());
    return w;
  };

  const jobFor = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('not-found', 'There is no such import (it may have finished long ago).');
    return job;
  };

  return {
    start(paths) {
      const resolved = paths.map((p) => path.resolve(p));
      resolved.forEach((p, i) => {
        if (!fs.existsSync(p)) {
          throw new AppError('not-found', paths.length === 1 ? 'Nothing was found at the given path.' : `Nothing was found at path ${i + 1} of ${paths.length}.`);
        }
      });
      const jobId = randomUUID();
      let resolve!: (progress: ImportProgress) => void;
      const done = new Promise<ImportProgress>((r) => (resolve = r));
      const cancel = new SharedArrayBuffer(4);
      const job: Job = { progress: emptyProgress(jobId), cancelFlag: new Int32Array(cancel), done, resolve };
      jobs.set(jobId, job);
      const w = ensureWorker();
      w.ref();
      w.postMessage({ type: 'start', jobId, paths: resolved, cancel } satisfies ToImportWorker);
      return jobId;
    },

    progress(jobId) {
      return snapshot(jobFor(jobId).progress);
    },

    cancel(jobId) {
      const job = jobFor(jobId);
      if (FINAL_STATES.has(job.progress.state)) return false;
      Atomics.store(job.cancelFlag, 0, 1);
      job.graceTimer ??= setTimeout(() => {
        // Still running: a read is stuck in the operating system. Stop the worker; the next
        // import starts a new one.
        if (!FINAL_STATES.has(job.progress.state)) void worker?.terminate();
      }, cancelGraceMs);
      job.graceTimer.unref();
      return true;
    },

    finished(jobId) {
      return jobFor(jobId).done;
    },

    async warmUp() {
      const w = ensureWorker();
      w.ref();
      await ready;
      if (options.primeFrom && fs.existsSync(options.primeFrom)) {
        const primed = new Promise<void>((resolve) => {
          const onMessage = (message: FromImportWorker) => {
            if (message.type !== 'primed') return;
            w.off('message', onMessage);
            resolve();
          };
          w.on('message', onMessage);
          w.once('exit', () => resolve());
        });
        w.postMessage({ type: 'prime', paths: [options.primeFrom] } satisfies ToImportWorker);
        await primed;
      }
      if (running().length === 0) worker?.unref();
    },

    async close() {
      for (const job of running()) Atomics.store(job.cancelFlag, 0, 1);
      const w = worker;
      worker = null;
      if (!w) return;
      for (const job of running()) finish(job, 'cancelled');
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      w.postMessage({ type: 'close' } satisfies ToImportWorker);
      const timer = setTimeout(() => void w.terminate(), cancelGraceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

function emptyProgress(jobId: string): ImportProgress {
  return { jobId, state: 'scanning', filesFound: 0, filesProcessed: 0, studies: 0, series: 0, instances: 0, unchanged: 0, rejected: [] };
}

function snapshot(progress: ImportProgress): ImportProgress {
  return { ...progress, rejected: [...progress.rejected] };
}
