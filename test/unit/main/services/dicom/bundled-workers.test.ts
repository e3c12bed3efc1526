import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FromImportWorker, ImportWorkerData, ToImportWorker } from '../../../../../main/services/dicom/import-messages.ts';
import { openDatabase } from '../../../../../main/services/store/database.ts';
import { buildElectronBundles } from '../../../../../scripts/electron-bundles.ts';
import type { DemoStudy } from '../../../../fixtures/phantom/write-demo.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { demoStudy, GENERATED_DIR } from './import-helpers.ts';

const tempDir = useTempDir();
const repoRoot = path.resolve(import.meta.dirname, '../../../../..');
let demo: DemoStudy;
let outDir: string;

beforeAll(async () => {
  demo = demoStudy();
  // Inside the repository, so that the bundles find better-sqlite3 in its node_modules as the
  // packaged app finds it in its own.
  outDir = await buildElectronBundles({ root: repoRoot, outDir: path.join(GENERATED_DIR, 'bundled-workers', 'dist', 'main') });
}, 120_000);

function next(worker: Worker, type: FromImportWorker['type']): Promise<FromImportWorker> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromImportWorker) => {
      if (message.type !== type) return;
      worker.off('message', onMessage);
      resolve(message);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

describe('the import workers as the Electron build bundles them', () => {
  it('start, prime themselves and their index worker, import and close', async () => {
    const dataDir = tempDir();
    openDatabase(dataDir).close();
    const workerData: ImportWorkerData = { dataDir, indexWorkers: 1 };
    const worker = new Worker(path.join(outDir, 'import-worker.mjs'), { workerData });
    try {
      await next(worker, 'ready');
      worker.postMessage({ type: 'prime', paths: [demo.studyDir] } satisfies ToImportWorker);
      await next(worker, 'primed');
      const finished = next(worker, 'finished');
      worker.postMessage({ type: 'start', jobId: 'j1', paths: [demo.studyDir], cancel: new SharedArrayBuffer(4) } satisfies ToImportWorker);
      const result = await finished;
      expect(result).toMatchObject({ type: 'finished', jobId: 'j1', state: 'done', counts: { studies: 1, series: 3 }, rejected: [] });
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      worker.postMessage({ type: 'close' } satisfies ToImportWorker);
      expect(await exited).toBe(0);
    } finally {
      await worker.terminate();
    }
  });
});
