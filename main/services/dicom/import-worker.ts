// Worker entry: runs imports one after another, each with its own database connection (WAL lets
// the main thread keep reading), and a pool of index workers. See import-jobs.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { FromImportWorker, ImportWorkerData, ToImportWorker } from './import-messages.ts';
import { runImportJob } from './import-job-run.ts';
import { scanPaths } from './scanner.ts';
import { PRIMING_FILES } from './index-files.ts';
import { IndexWorkers } from './index-pool.ts';

const data = workerData as ImportWorkerData;
const indexWorkers = new IndexWorkers(data.dataDir, data.indexWorkers);
const post = (message: FromImportWorker) => parentPort!.postMessage(message);

let queue = Promise.resolve();
parentPort!.on('message', (message: ToImportWorker) => {
  if (message.type === 'close') {
    queue = queue.then(async () => {
      await indexWorkers.close();
      parentPort!.close();
    });
    return;
  }
  if (message.type === 'prime') {
    queue = queue.then(() => prime(message.paths));
    return;
  }
  queue = queue.then(() => run(message.jobId, message.paths, new Int32Array(message.cancel)));
});
post({ type: 'ready' });

async function run(jobId: string, paths: string[], cancel: Int32Array): Promise<void> {
  const outcome = await runImportJob(data.dataDir, paths, indexWorkers, cancel, (update) => post({ type: 'update', jobId, ...update }));
  post(outcome.kind === 'finished' ? { type: 'finished', jobId, ...outcome.result } : { type: 'failed', jobId, failure: outcome.failure });
}

async function prime(paths: string[]): Promise<void> {
  try {
    const files = scanPaths(paths, { isCancelled: () => false }).files.slice(0, PRIMING_FILES);
    await indexWorkers.prime(files);
  } catch {
    // Priming only makes the first import faster; without it imports work the same.
  }
  post({ type: 'primed' });
}
