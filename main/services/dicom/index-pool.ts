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
  /** Index workers; the importer keeps about two chunks in flight for each. */
  readonly workers: number;
  /** Runs one write of the importing thread in turn with the workers' writes. */
  serialise<T>(write: () => T): T;
  /** Indexes a chunk on a worker (only when `workers` > 0). */
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
    workers: 0,
    serialise: (write) => write(),
    index: () => Promise.reject(new Error('This pool has no index workers.')),
    ready: () => Promise.resolve(),
    prime: (files) => Promise.resolve(primeIndexing(files)),
    release: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

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
    const indexer: Indexer = { worker, busy: 0, ready: new Promise((resolve) => (started = resolve)) };
    worker.on('message', (reply: IndexReply) => {
      if ('ready' in reply) return started();
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
    workers: count,
    serialise: (write) => lock.run(write),
    index(files, indexed) {
      return send(indexers.reduce((a, b) => (b.busy < a.busy ? b : a)), { id: nextId++, files, indexed });
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
