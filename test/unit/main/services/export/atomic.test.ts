import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CaseSource, databaseCaseSource } from '../../../../../main/services/export/case-source.ts';
import { createExportJobs } from '../../../../../main/services/export/export-jobs.ts';
import { inThreadRunner } from '../../../../../main/services/export/export-runner.ts';
import { silentLogger } from '../../../../../main/services/log.ts';
import { ExportRepository } from '../../../../../main/services/store/repositories/export-repository.ts';
import { exportRequestSchema } from '../../../../../shared/ipc/channels/export.ts';
import { createExportWorld, type ExportWorld } from './support/export-world.ts';

let world: ExportWorld;
let parent: string;
beforeAll(async () => {
  world = await createExportWorld();
  parent = path.join(world.dataDir, '..', 'atomic');
  fs.mkdirSync(parent);
});
afterAll(async () => world.close());

/** The database's cases, each load taking a while (or failing at one), so an export can be caught mid-way. */
function slowSource(delayMs: number, failAt = -1): CaseSource {
  const real = databaseCaseSource(world.services.db);
  let loads = 0;
  return {
    ...real,
    load(candidates) {
      return candidates.map((candidate) => {
        if (loads++ === failAt) throw new Error('disk pulled out');
        const until = Date.now() + delayMs;
        while (Date.now() < until);
        return real.load([candidate])[0]!;
      });
    },
  };
}

function jobsOver(source: CaseSource) {
  return createExportJobs(inThreadRunner(() => ({ source, repository: new ExportRepository(world.services.db), appVersion: 'test', exportedBy: 'tester', now: () => new Date() })), silentLogger);
}

function exportStatuses(): string[] {
  return world.services.db.prepare<[], { status: string }>('SELECT status FROM exports ORDER BY id').all().map((row) => row.status);
}

describe('an export that does not finish leaves nothing that looks complete', () => {
  it('is cancelled mid-way: no folder, no manifest, no staging folder, logged as cancelled', async () => {
    const jobs = jobsOver(slowSource(40));
    const outDir = path.join(parent, 'cancelled');
    const jobId = jobs.start(exportRequestSchema.parse({ formats: ['csv', 'images'], outDir }));
    while (jobs.progress(jobId).casesDone < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(jobs.progress(jobId).state).toBe('exporting');
    expect(jobs.cancel(jobId)).toBe(true);
    const final = await jobs.finished(jobId);
    expect(final.state).toBe('cancelled');
    expect(final.casesDone).toBeLessThan(5);
    expect(fs.readdirSync(parent)).toEqual([]);
    expect(exportStatuses().at(-1)).toBe('cancelled');
    expect(jobs.cancel(jobId)).toBe(false);
  });

  it('fails mid-way: nothing left, a message without patient data, logged as failed', async () => {
    const jobs = jobsOver(slowSource(0, 2));
    const outDir = path.join(parent, 'failed');
    const final = await jobs.finished(jobs.start(exportRequestSchema.parse({ formats: ['csv', 'jsonl', 'images'], outDir })));
    expect(final.state).toBe('failed');
    expect(final.message).toMatch(/internal error/);
    expect(fs.readdirSync(parent)).toEqual([]);
    expect(exportStatuses().at(-1)).toBe('failed');
  });

  it('reports progress up to done, then moves the folder into place with its manifest', async () => {
    const jobs = jobsOver(slowSource(30));
    const outDir = path.join(parent, 'done');
    const jobId = jobs.start(exportRequestSchema.parse({ formats: ['jsonl'], outDir }));
    const seen = new Set<string>();
    let last = jobs.progress(jobId);
    while (last.state !== 'done') {
      seen.add(last.state);
      expect(fs.existsSync(outDir)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 5));
      last = jobs.progress(jobId);
    }
    expect(seen.has('exporting')).toBe(true);
    expect(last.result?.manifestPath).toBe(path.join(outDir, 'manifest.json'));
    expect(fs.readdirSync(outDir).sort()).toEqual(['cases.jsonl', 'manifest.json']);
    expect(fs.readdirSync(parent)).toEqual(['done']);
    expect(exportStatuses().at(-1)).toBe('done');
  });
});
