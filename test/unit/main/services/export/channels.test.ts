import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../main/handlers.ts';
import type { ExportProgress } from '../../../../../shared/ipc/channels/export.ts';
import { createExportWorld, type ExportWorld } from './support/export-world.ts';

let world: ExportWorld;
beforeAll(async () => {
  world = await createExportWorld();
});
afterAll(async () => world.close());

async function value<T>(channel: string, request: unknown): Promise<T> {
  const result = await dispatch(world.services, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('export channels', () => {
  it('counts what the filters select, labels and red flags included', async () => {
    expect(await value('export.preview', {})).toEqual({ cases: 5, findings: 30 });
    expect(await value('export.preview', { filter: { sexes: ['M'] } })).toEqual({ cases: 2, findings: 12 });
    expect(await value('export.preview', { filter: { labels: ['possibly-contributory'], levels: ['L5-S1'], findingTypes: ['modic'] } })).toEqual({ cases: 5, findings: 30 });
    expect(await value('export.preview', { filter: { redFlags: 'present' } })).toEqual({ cases: 1, findings: 6 });
  });

  it('starts, reports progress to done, and lists the project it created', async () => {
    const outDir = path.join(world.dataDir, '..', 'via-channel');
    const { jobId } = await value<{ jobId: string }>('export.start', { formats: ['jsonl'], outDir, project: 'cohort A' });
    let progress = await value<ExportProgress>('export.progress', { jobId });
    while (progress.state !== 'done' && progress.state !== 'failed') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      progress = await value<ExportProgress>('export.progress', { jobId });
    }
    expect(progress).toMatchObject({ state: 'done', casesDone: 5, result: { outDir, counts: { cases: 5 } } });
    expect(fs.existsSync(path.join(outDir, 'manifest.json'))).toBe(true);
    expect(await value('export.cancel', { jobId })).toEqual({ cancelled: false });
    expect(await value<{ name: string; exports: number }[]>('export.projects', {})).toEqual([expect.objectContaining({ name: 'cohort A', exports: 1 })]);
  });

  it('cancels an export running in its worker: nothing left, logged as cancelled', async () => {
    const parent = path.join(world.dataDir, '..', 'cancel-in-worker');
    fs.mkdirSync(parent);
    const { jobId } = await value<{ jobId: string }>('export.start', { formats: ['csv', 'images'], outDir: path.join(parent, 'out') });
    expect(await value('export.cancel', { jobId })).toEqual({ cancelled: true });
    let progress = await value<ExportProgress>('export.progress', { jobId });
    while (!['done', 'cancelled', 'failed'].includes(progress.state)) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      progress = await value<ExportProgress>('export.progress', { jobId });
    }
    expect(progress.state).toBe('cancelled');
    expect(fs.readdirSync(parent)).toEqual([]);
    const last = world.services.db.prepare<[], { status: string }>('SELECT status FROM exports ORDER BY id DESC LIMIT 1').get();
    expect(last?.status).toBe('cancelled');
  });

  it('refuses malformed requests before anything runs', async () => {
    expect(await dispatch(world.services, 'export.start', { formats: [], outDir: '/tmp/x' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch(world.services, 'export.start', { formats: ['csv'], outDir: '/tmp/x', filter: { levels: ['L9'] } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatch(world.services, 'export.progress', { jobId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(world.services, 'export.start', { formats: ['csv'], outDir: path.join(world.dataDir, 'no', 'such', 'parent') })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
