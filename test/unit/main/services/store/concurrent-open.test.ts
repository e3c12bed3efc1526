import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../../../main/services/store/database.ts';
import { latestVersion } from '../../../../../main/services/store/database.ts';
import { migrations } from '../../../../../main/services/store/migrations/index.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';

const tempDir = useTempDir();

function openOnThread(dataDir: string): Promise<string> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./support/open-database-worker.ts', import.meta.url), { workerData: dataDir });
    worker.once('message', (outcome: string) => resolve(outcome));
    worker.once('error', (error) => resolve(`worker error ${error.name}`));
  });
}

describe('openDatabase from several connections at once', () => {
  // The app, its import and index workers and the command line each open the same database; on a
  // new or older one they used to race to migrate it ("table already exists", "database is locked").
  it('lets every opener succeed on a new folder, migrating it once', async () => {
    for (let round = 0; round < 8; round++) {
      const dataDir = tempDir();
      const outcomes = await Promise.all(Array.from({ length: 4 }, () => openOnThread(dataDir)));
      expect(outcomes).toEqual(['ok', 'ok', 'ok', 'ok']);
      const db = openDatabase(dataDir);
      expect(schemaVersion(db)).toBe(latestVersion(migrations));
      db.close();
    }
  }, 60_000);
});
