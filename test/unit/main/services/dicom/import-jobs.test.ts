import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createImportJobs, type ImportJobs } from '../../../../../main/services/dicom/import-jobs.ts';
import { createLogger, silentLogger } from '../../../../../main/services/log.ts';
import { rejectReasons } from '../../../../../main/services/dicom/reject-reason.ts';
import { openDatabase } from '../../../../../main/services/store/database.ts';
import { listStudies } from '../../../../../main/services/store/repositories/study-list.ts';
import type { ImportProgress } from '../../../../../shared/ipc/channels/studies.ts';
import { AppError } from '../../../../../shared/ipc/result.ts';
import { encodeDicomFile } from '../../../../fixtures/dicom-writer.ts';
import type { DemoStudy } from '../../../../fixtures/phantom/write-demo.ts';
import { useTempDir } from '../../../../helpers/temp-dir.ts';
import { demoStudy } from './import-helpers.ts';
import { mrSlice } from './mr-dataset.ts';

const tempDir = useTempDir();
let demo: DemoStudy;

beforeAll(() => {
  demo = demoStudy();
}, 120_000);

async function withJobs<T>(dataDir: string, use: (jobs: ImportJobs) => Promise<T>, indexWorkers = 1, thread: 'worker' | 'here' = 'worker'): Promise<T> {
  openDatabase(dataDir).close(); // the app opens (and migrates) the database before any import
  const jobs = createImportJobs({ dataDir, log: silentLogger, indexWorkers, thread, primeFrom: demo.studyDir });
  try {
    return await use(jobs);
  } finally {
    await jobs.close();
  }
}

/** Many small slices in one series, to have an import worth cancelling. */
function writeManySlices(dir: string, count: number): void {
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const bytes = encodeDicomFile(mrSlice({ sopInstanceUID: `2.25.500.${i}`, seriesInstanceUID: '2.25.500', instanceNumber: i + 1, position: [i, 0, 0] }));
    fs.writeFileSync(path.join(dir, `f${i}`), bytes);
  }
}

/** Waits until the job has processed a chunk, failing if it ends first: then it can be cancelled mid-way. */
async function untilSomeFilesProcessed(jobs: ImportJobs, jobId: string): Promise<void> {
  for (;;) {
    const p = jobs.progress(jobId);
    if (p.state === 'done') throw new Error('the import finished before it could be cancelled');
    if (p.filesProcessed > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

describe.each(['worker', 'here'] as const)('import jobs running on the %s thread', (thread) => {
  it('imports the demo and reports progress until done', async () => {
    const dataDir = tempDir();
    const final = await withJobs(
      dataDir,
      async (jobs) => {
        const jobId = jobs.start([demo.studyDir]);
        const first = jobs.progress(jobId);
        expect(first.jobId).toBe(jobId);
        expect(['scanning', 'importing', 'done']).toContain(first.state);
        return jobs.finished(jobId);
      },
      1,
      thread,
    );
    const total = demo.manifest.series.reduce((n, s) => n + s.instances.length, 0);
    expect(final).toMatchObject({ state: 'done', filesFound: total, filesProcessed: total, instances: total, studies: 1, series: 3, rejectedCount: 0 });
    const db = openDatabase(dataDir);
    expect(listStudies(db)[0]!.studies[0]!.series.map((s) => s.weighting)).toEqual(['T1', 'T2', 'T2']);
    db.close();
  });

  it('imports the same with index workers started and primed beforehand, writing nothing when priming', async () => {
    const dataDir = tempDir();
    const files = path.join(tempDir(), 'many');
    writeManySlices(files, 1200);
    const final = await withJobs(
      dataDir,
      async (jobs) => {
        await jobs.warmUp();
        const db = openDatabase(dataDir);
        expect(db.prepare('SELECT count(*) FROM instances').pluck().get()).toBe(0);
        db.close();
        return jobs.finished(jobs.start([files]));
      },
      2,
      thread,
    );
    expect(final).toMatchObject({ state: 'done', instances: 1200, series: 1, rejectedCount: 0 });
    const db = openDatabase(dataDir);
    const series = listStudies(db)[0]!.studies[0]!.series[0]!;
    expect(series).toMatchObject({ instanceCount: 1200, sliceCount: 1200, sliceSpacingMm: 1 });
    db.close();
  });

  it('stops promptly when cancelled mid-import and keeps only what it committed, consistent', async () => {
    const dataDir = tempDir();
    const files = path.join(tempDir(), 'many');
    writeManySlices(files, 4000);
    const final: ImportProgress = await withJobs(dataDir, async (jobs) => {
      const jobId = jobs.start([files]);
      await untilSomeFilesProcessed(jobs, jobId);
      expect(jobs.cancel(jobId)).toBe(true);
      const end = await jobs.finished(jobId);
      expect(jobs.cancel(jobId)).toBe(false);
      return end;
    }, 1, thread);
    expect(final.state).toBe('cancelled');
    expect(final.filesProcessed).toBeLessThan(final.filesFound);
    const db = openDatabase(dataDir);
    const indexed = db.prepare('SELECT count(*) FROM instances').pluck().get();
    expect(indexed).toBe(final.instances);
    const series = db.prepare('SELECT instance_count AS n, (SELECT count(*) FROM instances WHERE series_ref = series.id) AS actual FROM series').all();
    for (const s of series as { n: number; actual: number }[]) expect(s.n).toBe(s.actual);
    db.close();
  }, 60_000);

});

/** A study (in `a-study`, met first) and thousands of files that are not DICOM (in `b-junk`). */
function writeStudyAmongJunk(root: string, junk: number): string {
  fs.cpSync(demo.studyDir, path.join(root, 'a-study'), { recursive: true });
  const junkDir = path.join(root, 'b-junk');
  fs.mkdirSync(junkDir);
  for (let i = 0; i < junk; i++) fs.writeFileSync(path.join(junkDir, `log-${String(i).padStart(5, '0')}.txt`), `scanner log line ${i}\n`);
  return root;
}

describe('import jobs with thousands of rejected files', () => {
  it('count them in the progress, summarise their reasons, and page the list instead of sending it whole', async () => {
    const dataDir = tempDir();
    const root = writeStudyAmongJunk(tempDir(), 3000);
    const total = demo.manifest.series.reduce((n, s) => n + s.instances.length, 0);
    await withJobs(dataDir, async (jobs) => {
      const jobId = jobs.start([root]);
      const final = await jobs.finished(jobId);
      expect(final).toMatchObject({ state: 'done', filesFound: total + 3000, filesProcessed: total + 3000, instances: total, rejectedCount: 3000 });
      expect(final.rejectedReasons).toEqual([{ reason: rejectReasons.notDicom, count: 3000 }]);
      // What every poll carries stays small however many files were rejected.
      expect(JSON.stringify(jobs.progress(jobId)).length).toBeLessThan(1000);

      const first = jobs.rejected(jobId, 0, 100);
      expect(first.total).toBe(3000);
      expect(first.files).toHaveLength(100);
      expect(first.files[0]).toEqual({ path: path.join(root, 'b-junk', 'log-00000.txt'), reason: rejectReasons.notDicom });
      const last = jobs.rejected(jobId, 2950, 100);
      expect(last.files.map((f) => path.basename(f.path))).toEqual(Array.from({ length: 50 }, (_, i) => `log-${String(2950 + i).padStart(5, '0')}.txt`));

      const db = openDatabase(dataDir);
      expect(final.firstStudyId).toBe(listStudies(db)[0]!.studies[0]!.id);
      db.close();
    });
  }, 60_000);

  it('stop promptly when cancelled among them, keeping the study already imported', async () => {
    const dataDir = tempDir();
    const root = writeStudyAmongJunk(tempDir(), 6000);
    const total = demo.manifest.series.reduce((n, s) => n + s.instances.length, 0);
    const final = await withJobs(dataDir, async (jobs) => {
      const jobId = jobs.start([root]);
      await untilSomeFilesProcessed(jobs, jobId);
      jobs.cancel(jobId);
      return jobs.finished(jobId);
    });
    expect(final.state).toBe('cancelled');
    expect(final.filesProcessed).toBeLessThan(final.filesFound);
    expect(final.rejectedCount).toBe(final.filesProcessed - total);
    expect(final.instances).toBe(total);
    const db = openDatabase(dataDir);
    expect(db.prepare('SELECT count(*) FROM instances').pluck().get()).toBe(total);
    db.close();
  }, 60_000);
});

describe('import jobs', () => {
  it('refuses a path that does not exist, and an unknown job', async () => {
    await withJobs(tempDir(), async (jobs) => {
      expect(() => jobs.start([path.join(tempDir(), 'missing')])).toThrow(AppError);
      expect(() => jobs.start([demo.studyDir, path.join(tempDir(), 'missing')])).toThrow('Nothing was found at path 2 of 2.');
      expect(() => jobs.start(['relative/folder'])).toThrow('The given path is not a full path: use a full path such as /home/….');
      expect(() => jobs.progress('no-such-job')).toThrow(AppError);
      expect(() => jobs.cancel('no-such-job')).toThrow(AppError);
    });
  });

  it.each(['worker', 'here'] as const)('on an internal error (%s thread) fail in plain words and log the stage and the error class, no path', async (thread) => {
    const dataDir = tempDir();
    openDatabase(dataDir).close();
    // A database a newer version wrote: the importing thread refuses to open it.
    const raw = new Database(path.join(dataDir, 'spinecorrelate.sqlite'));
    raw.pragma('user_version = 999');
    raw.close();
    const lines: string[] = [];
    const jobs = createImportJobs({ dataDir, log: createLogger((line) => lines.push(line)), indexWorkers: 0, thread });
    try {
      const final = await jobs.finished(jobs.start([demo.studyDir]));
      expect(final).toMatchObject({ state: 'failed', filesFound: 0, message: expect.stringMatching(/internal error/) });
    } finally {
      await jobs.close();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ error import-failed stage=opening the database reason=AppError\(unavailable\) filesFound=0 filesProcessed=0$/);
    expect(lines[0]).not.toContain(demo.studyDir);
  });

  it('runs imports one after another and keeps each one’s progress', async () => {
    await withJobs(tempDir(), async (jobs) => {
      const a = jobs.start([demo.studyDir]);
      const b = jobs.start([demo.studyDir]);
      const [first, second] = await Promise.all([jobs.finished(a), jobs.finished(b)]);
      expect(first.instances).toBeGreaterThan(0);
      expect(second).toMatchObject({ state: 'done', instances: 0, unchanged: first.instances });
      expect(jobs.progress(a).state).toBe('done');
    });
  });
});
