import { runImportJob } from './import-job-run.ts';
import type { ImportRunner, RunnerEvents } from './import-runner.ts';
import { PRIMING_FILES } from './index-files.ts';
import { IndexWorkers } from './index-pool.ts';
import { scanPaths } from './scanner.ts';

export interface HereRunnerOptions {
  dataDir: string;
  indexWorkers: number;
  primeFrom: string | null;
}

/**
 * Runs imports on the calling thread — for the command line: no thread to start before the first
 * file is read — with index workers when they pay (see IndexWorkers), joining as soon as they
 * have started. The import yields between chunks, so timers (a progress bar, a signal handler)
 * keep running.
 */
export function hereImportRunner(options: HereRunnerOptions, events: RunnerEvents): ImportRunner {
  const indexWorkers = new IndexWorkers(options.dataDir, options.indexWorkers);
  let queue: Promise<void> = Promise.resolve();

  const run = async (jobId: string, paths: readonly string[], cancel: Int32Array) => {
    const outcome = await runImportJob(options.dataDir, paths, indexWorkers, cancel, (update) => events.update(jobId, update));
    if (outcome.kind === 'finished') events.finished(jobId, outcome.result);
    else events.failed(jobId, outcome.failure);
  };

  return {
    run(jobId, paths, cancel) {
      queue = queue.then(() => run(jobId, paths, new Int32Array(cancel)));
    },
    async warmUp() {
      if (options.primeFrom) await indexWorkers.prime(scanPaths([options.primeFrom], { isCancelled: () => false }).files.slice(0, PRIMING_FILES));
    },
    forceStop() {
      // A read stuck in the operating system cannot be interrupted on this thread; the cancel
      // flag stops the import as soon as it returns.
    },
    async close() {
      await queue;
      await indexWorkers.close();
    },
  };
}
