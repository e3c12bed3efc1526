// Worker entry: runs imports one after another with its own database connection (WAL lets the
// main thread keep reading) and a pool of index workers. See import-jobs.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { describeErrorSafely } from '../log.ts';
import { openDatabase } from '../store/database.ts';
import type { FromImportWorker, ImportWorkerData, ToImportWorker } from './import-messages.ts';
import { runImport } from './import-run.ts';
import { hybridIndexPool } from './index-pool.ts';

const data = workerData as ImportWorkerData;
const db = openDatabase(data.dataDir);
const newPool = () => hybridIndexPool(db, data.dataDir, data.indexWorkers);
let pool = newPool();
const post = (message: FromImportWorker) => parentPort!.postMessage(message);

let queue = Promise.resolve();
parentPort!.on('message', (message: ToImportWorker) => {
  if (message.type === 'close') {
    queue = queue.then(async () => {
      await pool.close();
      db.close();
      parentPort!.close();
    });
    return;
  }
  queue = queue.then(() => run(message.jobId, message.paths, new Int32Array(message.cancel)));
});
void pool.ready().then(() => post({ type: 'ready' }));

async function run(jobId: string, paths: string[], cancel: Int32Array): Promise<void> {
  try {
    const result = await runImport(db, paths, pool, {
      isCancelled: () => Atomics.load(cancel, 0) !== 0,
      onUpdate: (update) => post({ type: 'update', jobId, ...update }),
    });
    post({ type: 'finished', jobId, ...result });
  } catch (error) {
    post({ type: 'failed', jobId, error: describeErrorSafely(error) });
    // An index worker may have died with the job: the next job gets fresh ones.
    await pool.close();
    pool = newPool();
  }
}
