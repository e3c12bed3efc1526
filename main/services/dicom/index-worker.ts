// Worker entry: reads DICOM headers and writes them to the index, a chunk of files at a time,
// through its own database connection while an import runs (see index-pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { describeErrorSafely } from '../log.ts';
import { openDatabase, type Db } from '../store/database.ts';
import { ChunkIndexer, primeIndexing } from './index-files.ts';
import type { IndexReply, IndexRequest, IndexWorkerData } from './index-pool.ts';
import { WriteLock } from './write-lock.ts';

const data = workerData as IndexWorkerData;
const lock = new WriteLock(data.writeLock);
/** Open only during an import: opened by its first chunk, closed when the import releases it. */
let connection: { db: Db; indexer: ChunkIndexer } | null = null;

function indexer(): ChunkIndexer {
  if (!connection) {
    const db = openDatabase(data.dataDir);
    connection = { db, indexer: new ChunkIndexer(db, (write) => lock.run(write)) };
  }
  return connection.indexer;
}

parentPort!.on('message', (request: IndexRequest) => {
  let reply: IndexReply;
  try {
    if ('prime' in request) primeIndexing(request.prime);
    else if ('release' in request) {
      connection?.db.close();
      connection = null;
    }
    reply = { id: request.id, outcomes: 'files' in request ? indexer().index(request.files, request.indexed) : [] };
  } catch (error) {
    reply = { id: request.id, failed: describeErrorSafely(error) };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true } satisfies IndexReply);
