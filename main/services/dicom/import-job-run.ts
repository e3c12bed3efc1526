import { describeErrorSafely } from '../log.ts';
import { openDatabase, type Db } from '../store/database.ts';
import { runImport, type ImportRunResult, type ImportUpdate } from './import-run.ts';
import type { IndexWorkers } from './index-pool.ts';

/** Why an import stopped on an internal error, for the log: a stage and an error class, never a path or a value. */
export interface ImportFailure {
  stage: 'opening the database' | 'importing';
  error: string;
}

export type ImportJobOutcome = { kind: 'finished'; result: ImportRunResult } | { kind: 'failed'; failure: ImportFailure };

/**
 * One import job on the importing thread (the import worker, or the command line's own): its
 * own connection, the run, and after a failure new index workers, since one may have died with it.
 */
export async function runImportJob(
  dataDir: string,
  paths: readonly string[],
  indexWorkers: IndexWorkers,
  cancel: Int32Array,
  onUpdate: (update: ImportUpdate) => void,
): Promise<ImportJobOutcome> {
  let db: Db;
  try {
    db = openDatabase(dataDir);
  } catch (error) {
    return { kind: 'failed', failure: { stage: 'opening the database', error: describeErrorSafely(error) } };
  }
  try {
    const result = await runImport(db, paths, (files) => indexWorkers.poolFor(files), { isCancelled: () => Atomics.load(cancel, 0) !== 0, onUpdate });
    return { kind: 'finished', result };
  } catch (error) {
    await indexWorkers.replace().catch(() => undefined);
    return { kind: 'failed', failure: { stage: 'importing', error: describeErrorSafely(error) } };
  } finally {
    db.close();
  }
}
