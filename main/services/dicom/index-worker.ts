// Worker entry: reads DICOM headers and writes them to the index, a chunk of files at a time,
// through its own database connection (see index-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { describeErrorSafely } from '../log.ts';
import { openDatabase } from '../store/database.ts';
import { ChunkIndexer, primeIndexing } from './index-files.ts';
import type { IndexReply, IndexRequest, IndexWorkerData } from './index-pool.ts';
import { WriteLock } from './write-lock.ts';

const data = workerData as IndexWorkerData;
const db = openDatabase(data.dataDir);
const lock = new WriteLock(data.writeLock);
const indexer = new ChunkIndexer(db, (write) => lock.run(write));

parentPort!.on('message', (request: IndexRequest) => {
  let reply: IndexReply;
  try {
    if ('prime' in request) {
      primeIndexing(request.prime);
      reply = { id: request.id, outcomes: [] };
    } else reply = { id: request.id, outcomes: indexer.index(request.files, request.indexed) };
  } catch (error) {
    reply = { id: request.id, failed: describeErrorSafely(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true } satisfies IndexReply);
