import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../main/handlers.ts';
import type { Services } from '../../../../../main/services/context.ts';
import { closeServices, createServices } from '../../../../../main/services/create-services.ts';
import { silentLogger } from '../../../../../main/services/log.ts';
import type { ImportProgress, PatientSummary } from '../../../../../shared/ipc/channels/studies.ts';
import type { DemoStudy } from '../../../../fixtures/phantom/write-demo.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { demoStudy } from './import-helpers.ts';

const tempDir = useTempDir();
let demo: DemoStudy;

beforeAll(() => {
  demo = demoStudy();
}, 120_000);

async function withServices(demoDir: string | null, use: (services: Services) => Promise<void>): Promise<void> {
  const services = { ...createServices({ dataDir: tempDir(), transport: 'preview', log: silentLogger }), demoDir };
  try {
    await use(services);
  } finally {
    await closeServices(services);
  }
}

async function call<T>(services: Services, channel: string, payload: unknown): Promise<T> {
  const result = await dispatch(services, channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

async function untilFinished(services: Services, jobId: string): Promise<ImportProgress> {
  for (;;) {
    const progress = await call<ImportProgress>(services, 'import.progress', { jobId });
    if (progress.state !== 'scanning' && progress.state !== 'importing') return progress;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the studies channels', () => {
  it('import the bundled demo in one call, poll it to the end and list it', async () => {
    const demoDir = path.join(tempDir(), 'demo');
    fs.cpSync(demo.dir, demoDir, { recursive: true });
    await withServices(demoDir, async (services) => {
      expect(await call(services, 'studies.list', {})).toEqual([]);
      const { jobId } = await call<{ jobId: string }>(services, 'import.demo', {});
      const final = await untilFinished(services, jobId);
      // Only the DICOM folder is imported: the manifest beside it is not listed as rejected.
      expect(final).toMatchObject({ state: 'done', studies: 1, series: 3, rejectedCount: 0 });
      const patients = await call<PatientSummary[]>(services, 'studies.list', {});
      expect(patients[0]!.name).toBe(demo.manifest.patient.name.replaceAll('^', ' '));
      expect(patients[0]!.studies[0]!.series.map((s) => [s.plane, s.weighting])).toEqual([
        ['sagittal', 'T1'],
        ['sagittal', 'T2'],
        ['axial', 'T2'],
      ]);
      expect(await call(services, 'import.cancel', { jobId })).toEqual({ cancelled: false });
    });
  });

  it('start an import by path, and answer in words when there is nothing to import', async () => {
    await withServices(null, async (services) => {
      const { jobId } = await call<{ jobId: string }>(services, 'import.start', { paths: [demo.studyDir] });
      expect((await untilFinished(services, jobId)).state).toBe('done');
      expect(await dispatch(services, 'import.demo', {})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      expect(await dispatch(services, 'import.start', { paths: [path.join(tempDir(), 'gone')] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await dispatch(services, 'import.progress', { jobId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    });
  });
});
