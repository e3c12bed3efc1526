// Shared by the import tests: the demo study (generated once, cached under test/fixtures/generated)
// and an import run on the test's own thread against a real database file.
import path from 'node:path';
import { runImport, type ImportRunResult } from '../../../../../main/services/dicom/import-run.ts';
import { localIndexPool } from '../../../../../main/services/dicom/index-pool.ts';
import type { Db } from '../../../../../main/services/store/database.ts';
import type { RejectedFile } from '../../../../../shared/ipc/channels/studies.ts';
import { ensureDemoStudy, type DemoStudy } from '../../../../fixtures/phantom/write-demo.ts';

export const GENERATED_DIR = path.resolve(import.meta.dirname, '../../../../fixtures/generated');

export function demoStudy(): DemoStudy {
  return ensureDemoStudy(path.join(GENERATED_DIR, 'demo'));
}

export interface ImportResult extends ImportRunResult {
  /** Every rejected file, from the updates and the result. */
  allRejected: RejectedFile[];
}

/** Imports on this thread (the import worker's code path with no index workers). */
export async function importHere(db: Db, paths: readonly string[], isCancelled: () => boolean = () => false): Promise<ImportResult> {
  const allRejected: RejectedFile[] = [];
  const result = await runImport(db, paths, localIndexPool(), { isCancelled, onUpdate: (u) => allRejected.push(...u.rejected) });
  allRejected.push(...result.rejected);
  return { ...result, allRejected };
}
