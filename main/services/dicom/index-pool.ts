import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { workerScriptUrl } from '../worker-script.ts';
import { primeIndexing, type FileOutcome, type IndexedStat } from './index-files.ts';
import { WriteLock } from './write-lock.ts';

/**
 * The index workers that read and index chunks of files beside the importing thread (which
 * indexes too), each writing through its own connection. Writers take turns under one write
 * lock; while one writes, the others read. Between imports no worker holds a connection, so
 * the database closes cleanly whenever the app does.
 */
export interface IndexPool {
  /** Index workers that have started; the importer keeps about two chunks in flight for each. */
  startedWorkers(): number;
  /** Runs one write of the importing thread in turn with the workers' writes. */
  serialise<T>(write: () => T): T;
  /** Indexes a chunk on a started worker (only when startedWorkers() > 0). */
  index(files: readonly string[], indexed: ReadonlyArray<IndexedStat | null>): Promise<FileOutcome[]>;
  /** Resolves once every worker has started. */
  ready(): Promise<void>;
  /** Trains the importing thread and every worker on these files (see primeIndexing); writes nothing. */
  prime(files: readonly string[]): Promise<void>;
  /** The import is over: workers close their connections. */
  release(): Promise<void>;
  close(): Promise<void>;
}

/** No index workers: the importing thread does all the work. */
export function localIndexPool(): IndexPool {
  return {
    startedWorkers: () => 0,
    serialise: (write) => write(),
    index: () => Promise.reject(new Error('This pool has no index workers.')),
    ready: () => Promise.resolve(),
    prime: (files) => Promise.resolve(primeIndexing(files)),
    release: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

/**
 * Below this many files an import uses index workers only when they were warmed up (primed)
 * beforehand: starting one takes about a tenth of a second and its first chunks run
 * unoptimised, so for a study or two it would finish after the importing thread alone.
 */
export const COLD_WORKERS_FROM_FILES = 10_000;

/**
 * Index workers besides the importing thread: one per further core, at most three. Past that,
 * file opens and the single SQLite writer are the limit.
 */
export function defaultIndexWorkerCount(): number {
  return Math.max(0, Math.min(3, os.availableParallelism() - 1));
}

export interface IndexWorkerData {
  dataDir: string;
  writeLock: SharedArrayBuffer;
}

export type IndexRequest =
  | { id: number; files: readonly string[]; indexed: ReadonlyArray<IndexedStat | null> }
  | { id: number; prime: readonly string[] }
  | { id: number; release: true };

export type IndexReply = { id: number; outcomes: FileOutcome[] } | { id: number; failed: string } | { ready: true };

interface Indexer {
  worker: Worker;
  busy: number;
  started: boolean;
  ready: Promise<void>;
}

/**
 * `count` index workers that live as long as the pool; a chunk goes to the least busy one. Must
 * be created on a worker thread: the write lock blocks while it waits.
 */
export function workerIndexPool(dataDir: string, count = defaultIndexWorkerCount()): IndexPool {
  if (count === 0) return localIndexPool();
  let nextId = 1;
  let failure: Error | null = null;
  const writeLock = WriteLock.create();
  const lock = new WriteLock(writeLock);
  const pending = new Map<number, { resolve(outcomes: FileOutcome[]): void; reject(error: Error): void; indexer: Indexer }>();
  const indexers: Indexer[] = Array.from({ length: count }, () => {
    const workerData: IndexWorkerData = { dataDir, writeLock };
    const worker = new Worker(workerScriptUrl('index-worker'), { workerData });
    let started!: () => void;
    const indexer: Indexer = { worker, busy: 0, started: false, ready: new Promise((resolve) => (started = resolve)) };
    worker.on('message', (reply: IndexReply) => {
      if ('ready' in reply) {
        indexer.started = true;
        return started();
      }
      const request = pending.get(reply.id);
      if (!request) return;
      pending.delete(reply.id);
      indexer.busy--;
      if ('failed' in reply) request.reject(new Error(`An index worker failed (${reply.failed}).`));
      else request.resolve(reply.outcomes);
    });
    const fail = (error: Error) => {
      started();
      failure ??= error;
      for (const [id, request] of pending) {
        if (request.indexer !== indexer) continue;
        pending.delete(id);
        request.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`An index worker stopped (exit code ${code}).`)));
    return indexer;
  });

  const send = (indexer: Indexer, request: IndexRequest): Promise<FileOutcome[]> => {
    if (failure) return Promise.reject(failure);
    indexer.busy++;
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject, indexer });
      indexer.worker.postMessage(request);
    });
  };

  return {
    startedWorkers: () => (failure ? 0 : indexers.filter((i) => i.started).length),
    serialise: (write) => lock.run(write),
    index(files, indexed) {
      const started = indexers.filter((i) => i.started);
      return send((started.length > 0 ? started : indexers).reduce((a, b) => (b.busy < a.busy ? b : a)), { id: nextId++, files, indexed });
    },
    async prime(files) {
      const workers = Promise.all(indexers.map((indexer) => send(indexer, { id: nextId++, prime: files })));
      primeIndexing(files);
      await workers;
    },
    async ready() {
      await Promise.all(indexers.map((i) => i.ready));
    },
    async release() {
      await Promise.all(indexers.map((indexer) => send(indexer, { id: nextId++, release: true })));
    },
    async close() {
      await Promise.all(indexers.map((i) => i.worker.terminate()));
    },
  };
}

/**
 * The index workers of one importing thread, started only when they pay: once primed (the app,
 * at launch) or for an import of COLD_WORKERS_FROM_FILES files or more. After a failed import
 * they are replaced, since one may have died with it.
 */
export class IndexWorkers {
  private pool: IndexPool | null = null;
  private primed = false;
  private readonly dataDir: string;
  private readonly count: number;

  constructor(dataDir: string, count: number) {
    this.dataDir = dataDir;
    this.count = count;
  }

  /** The pool for an import of this many files. */
  poolFor(files: number): IndexPool {
    if (this.count === 0 || (!this.primed && files < COLD_WORKERS_FROM_FILES)) return localIndexPool();
    this.primed = true; // a large import warms them as well as priming does
    return this.started();
  }

  /** Starts the workers and trains them, and this thread, on these files. */
  async prime(files: readonly string[]): Promise<void> {
    const pool = this.count === 0 ? localIndexPool() : this.started();
    await pool.ready();
    await pool.prime(files);
    this.primed = true;
  }

  async replace(): Promise<void> {
    await this.close();
    this.primed = false;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }

  private started(): IndexPool {
    return (this.pool ??= workerIndexPool(this.dataDir, this.count));
  }
}
