import { Worker } from 'node:worker_threads';
import { describeErrorSafely } from '../log.ts';
import { workerScriptUrl } from '../worker-script.ts';
import type { FromImportWorker, ImportWorkerData, ToImportWorker } from './import-messages.ts';
import type { ImportRunner, RunnerEvents } from './import-runner.ts';

export interface WorkerRunnerOptions {
  dataDir: string;
  indexWorkers: number;
  primeFrom: string | null;
}

/**
 * Runs imports in a long-lived import worker (started on first use or by warmUp), which holds
 * the index workers. If the worker dies, every job it had fails; the next job starts a new one.
 */
export function workerImportRunner(options: WorkerRunnerOptions, events: RunnerEvents): ImportRunner {
  let worker: Worker | null = null;
  let ready: Promise<void> = Promise.resolve();
  const jobs = new Set<string>();

  const waitFor = (w: Worker, type: 'ready' | 'primed'): Promise<void> =>
    new Promise((resolve) => {
      const onMessage = (message: FromImportWorker) => {
        if (message.type !== type) return;
        w.off('message', onMessage);
        resolve();
      };
      w.on('message', onMessage);
      w.once('exit', () => resolve());
    });

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const data: ImportWorkerData = { dataDir: options.dataDir, indexWorkers: options.indexWorkers };
    const w = new Worker(workerScriptUrl('import-worker'), { workerData: data });
    worker = w;
    ready = waitFor(w, 'ready');
    w.on('message', (message: FromImportWorker) => {
      if (message.type === 'ready' || message.type === 'primed') return;
      if (message.type === 'update') events.update(message.jobId, message);
      else {
        jobs.delete(message.jobId);
        if (message.type === 'finished') events.finished(message.jobId, message);
        else events.failed(message.jobId, message.failure);
      }
      if (jobs.size === 0) w.unref();
    });
    const lost = (error: string) => {
      if (worker !== w) return;
      worker = null;
      for (const jobId of jobs) events.failed(jobId, { stage: 'importing', error });
      jobs.clear();
    };
    w.on('error', (error) => lost(`the import worker failed: ${describeErrorSafely(error)}`));
    w.on('exit', (code) => lost(`the import worker stopped (exit code ${code})`));
    return w;
  };

  return {
    run(jobId, paths, cancel) {
      const w = ensureWorker();
      jobs.add(jobId);
      w.ref();
      w.postMessage({ type: 'start', jobId, paths: [...paths], cancel } satisfies ToImportWorker);
    },

    async warmUp() {
      const w = ensureWorker();
      w.ref();
      await ready;
      if (options.primeFrom) {
        const primed = waitFor(w, 'primed');
        w.postMessage({ type: 'prime', paths: [options.primeFrom] } satisfies ToImportWorker);
        await primed;
      }
      if (jobs.size === 0) worker?.unref();
    },

    forceStop() {
      void worker?.terminate();
    },

    async close() {
      const w = worker;
      if (!w) return;
      const exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      w.postMessage({ type: 'close' } satisfies ToImportWorker);
      const timer = setTimeout(() => void w.terminate(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
