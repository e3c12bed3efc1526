import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RejectedFile } from '../../../shared/ipc/channels/studies.ts';
import type { Db } from '../store/database.ts';
import { knownFilesUnder, type KnownFile } from '../store/repositories/dicom-index.ts';
import { ChunkIndexer, type FileOutcome, type IndexedStat } from './index-files.ts';
import type { IndexPool } from './index-pool.ts';
import { scanPaths } from './scanner.ts';

export interface ImportCounts {
  filesFound: number;
  filesProcessed: number;
  /** Distinct studies and series among the files of this import (new, updated or unchanged). */
  studies: number;
  series: number;
  /** Instances added or re-indexed by this import. */
  instances: number;
  /** Files already indexed with the same size and modification time: skipped unread. */
  unchanged: number;
}

export interface ImportUpdate {
  state: 'scanning' | 'importing';
  counts: ImportCounts;
  /** Files rejected since the previous update. */
  rejected: RejectedFile[];
  /** The first study met (indexed or already indexed), once there is one. */
  firstStudyId: number | null;
}

export interface ImportRunHooks {
  isCancelled(): boolean;
  onUpdate(update: ImportUpdate): void;
}

export interface ImportRunResult {
  state: 'done' | 'cancelled';
  counts: ImportCounts;
  /** Files rejected since the last update (the updates carried the others). */
  rejected: RejectedFile[];
  firstStudyId: number | null;
}

/**
 * Files per chunk, and so per transaction: a commit (an fsync with synchronous=FULL) costs about
 * a millisecond here, so a chunk should hold a few hundred files, but few enough that a cancel
 * stops within tens of milliseconds and that the chunks spread over the indexers.
 */
export const CHUNK_FILES = 250;
const UPDATE_EVERY_MS = 100;

/**
 * One import, start to end: scan the paths, then index the candidate files in chunks — on this
 * thread and on the pool's index workers — reading each header and writing each chunk in one
 * transaction. Every file lands in the index, is found unchanged, or is listed as
 * rejected with its reason; nothing a file contains can stop the run. Cancelling stops sending
 * chunks; the chunks already sent finish, so whatever is in the index is complete.
 */
export async function runImport(db: Db, paths: readonly string[], poolFor: IndexPool | ((files: number) => IndexPool), hooks: ImportRunHooks): Promise<ImportRunResult> {
  const counts: ImportCounts = { filesFound: 0, filesProcessed: 0, studies: 0, series: 0, instances: 0, unchanged: 0 };
  let unsent: RejectedFile[] = [];
  const studies = new Set<number>();
  const series = new Set<number>();
  let firstStudyId: number | null = null;
  let state: ImportUpdate['state'] = 'scanning';
  let lastUpdate = 0;

  const reject = (file: string, reason: string) => unsent.push({ path: file, reason });
  const update = (force: boolean) => {
    const now = performance.now();
    if (!force && now - lastUpdate < UPDATE_EVERY_MS) return;
    lastUpdate = now;
    counts.studies = studies.size;
    counts.series = series.size;
    hooks.onUpdate({ state, counts: { ...counts }, rejected: unsent, firstStudyId });
    unsent = [];
  };
  const seen = (known: { studyRef: number; seriesRef: number }) => {
    firstStudyId ??= known.studyRef;
    studies.add(known.studyRef);
    series.add(known.seriesRef);
  };

  const scan = scanPaths(paths, {
    isCancelled: hooks.isCancelled,
    onFound: (n) => {
      counts.filesFound = n;
      update(false);
    },
  });
  counts.filesFound = scan.files.length;
  for (const r of scan.rejected) reject(r.path, r.reason);
  let cancelled = hooks.isCancelled();
  const knownFiles = cancelled ? new Map<string, KnownFile>() : knownFilesUnder(db, paths.map((p) => path.resolve(p)));
  const pool = typeof poolFor === 'function' ? poolFor(scan.files.length) : poolFor;
  const local = new ChunkIndexer(db, (write) => pool.serialise(write));
  state = 'importing';
  update(true);

  const take = (files: readonly string[], outcomes: readonly FileOutcome[]) => {
    outcomes.forEach((outcome, i) => {
      const file = files[i]!;
      if (outcome.kind === 'indexed') {
        counts.instances++;
        seen(outcome);
      } else if (outcome.kind === 'unchanged') {
        counts.unchanged++;
        seen(knownFiles.get(file)!);
      } else if (outcome.kind === 'rejected') reject(file, outcome.reason);
      counts.filesProcessed++;
    });
    update(false);
  };

  // Workers get up to two chunks each; between worker replies this thread indexes a chunk
  // itself. Results are taken as they come: duplicates resolve in commit order.
  let next = 0;
  let inFlight = 0;
  let failure: unknown = null;
  const finished: Array<{ files: readonly string[]; outcomes: FileOutcome[] }> = [];
  let wake: (() => void) | null = null;
  const nextChunk = (): { files: string[]; indexed: Array<IndexedStat | null> } | null => {
    if (cancelled || next >= scan.files.length) return null;
    if (hooks.isCancelled()) {
      cancelled = true;
      return null;
    }
    const files = scan.files.slice(next, next + CHUNK_FILES);
    next += files.length;
    return { files, indexed: files.map((f) => knownFiles.get(f) ?? null) };
  };
  const dispatch = () => {
    // Only workers already running get chunks: a worker still starting joins when it is up.
    while (inFlight < pool.startedWorkers() * 2) {
      const chunk = nextChunk();
      if (!chunk) return;
      inFlight++;
      pool.index(chunk.files, chunk.indexed).then(
        (outcomes) => finished.push({ files: chunk.files, outcomes }),
        (error: unknown) => (failure ??= error),
      ).finally(() => {
        inFlight--;
        wake?.();
      });
    }
  };

  const indexAll = async (): Promise<void> => {
    for (;;) {
      dispatch();
      for (const done of finished.splice(0)) take(done.files, done.outcomes);
      if (failure !== null) throw failure;
      const own = nextChunk();
      if (own) {
        take(own.files, local.index(own.files, own.indexed));
        await new Promise((resolve) => setImmediate(resolve)); // let worker replies in
        continue;
      }
      if (inFlight === 0) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  };

  try {
    await indexAll();
  } finally {
    // The index workers close their connections between imports; after a failure the runner
    // replaces the pool anyway.
    await pool.release().catch(() => undefined);
  }
  return { state: cancelled ? 'cancelled' : 'done', counts: { ...counts, studies: studies.size, series: series.size }, rejected: unsent, firstStudyId };
}
