import { randomUUID } from 'node:crypto';
import { correlate } from '../../../shared/correlation/correlate.ts';
import { type CaseFilter, filterNeedsLabels, matchesCaseFilter } from '../../../shared/domain/case-filter.ts';
import type { ExportProgress, ExportRequest } from '../../../shared/ipc/channels/export.ts';
import { AppError } from '../../../shared/ipc/result.ts';
import { currentUser } from '../cases/user.ts';
import type { Services } from '../context.ts';
import { ExportRepository } from '../store/repositories/export-repository.ts';
import { databaseCaseSource, filterSubjectOf } from './case-source.ts';
import { checkDestination } from './staging.ts';
import { type ExportRunner, workerRunner } from './export-runner.ts';
import { emptyCounts, ExportCancelled } from './run-export.ts';

/**
 * Research exports, polled like imports (`export.progress`) and cancelled through an AbortSignal
 * the runner passes on (a shared flag in the worker, checked before every case and every image).
 * The app runs each export in a worker thread (export-runner.ts); tests and benches may run them
 * in this thread, which then yields to the event loop every few milliseconds.
 */
export interface ExportJobs {
  start(request: ExportRequest): string;
  progress(jobId: string): ExportProgress;
  cancel(jobId: string): boolean;
  finished(jobId: string): Promise<ExportProgress>;
}

interface Job {
  progress: ExportProgress;
  abort: AbortController;
  done: Promise<ExportProgress>;
}

const FINAL: ReadonlySet<ExportProgress['state']> = new Set(['done', 'cancelled', 'failed']);
const KEPT_FINISHED_JOBS = 20;
/** Cases loaded per round trip when counting (an IN list stays far below SQLite's parameter limit). */
const PREVIEW_BATCH = 200;

export function createExportJobs(run: ExportRunner, log: Services['log']): ExportJobs {
  const jobs = new Map<string, Job>();
  const jobFor = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new AppError('not-found', 'There is no such export (it may have finished long ago).');
    return job;
  };
  const forgetOld = () => {
    const finished = [...jobs].filter(([, job]) => FINAL.has(job.progress.state));
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED_JOBS))) jobs.delete(id);
  };
  return {
    start(request) {
      checkDestination(request.outDir);
      const jobId = randomUUID();
      const job: Job = { progress: { jobId, state: 'selecting', casesTotal: 0, casesDone: 0, counts: emptyCounts() }, abort: new AbortController(), done: Promise.resolve(null as never) };
      const running = run(
        request,
        (update) => {
          if (!FINAL.has(job.progress.state)) job.progress = { ...job.progress, ...update };
        },
        job.abort.signal,
      );
      job.done = running.then(
        (result) => {
          job.progress = { ...job.progress, state: 'done', casesDone: job.progress.casesTotal, counts: result.counts, result };
          return job.progress;
        },
        (error: unknown) => {
          if (error instanceof ExportCancelled) job.progress = { ...job.progress, state: 'cancelled' };
          else {
            if (!(error instanceof AppError)) log.error('export-failed', error);
            const message = error instanceof AppError ? error.message : 'The export stopped because of an internal error; nothing was left in the destination.';
            job.progress = { ...job.progress, state: 'failed', message };
          }
          return job.progress;
        },
      );
      jobs.set(jobId, job);
      forgetOld();
      return jobId;
    },
    progress: (jobId) => structuredClone(jobFor(jobId).progress),
    cancel(jobId) {
      const job = jobFor(jobId);
      if (FINAL.has(job.progress.state) || job.abort.signal.aborted) return false;
      job.abort.abort();
      return true;
    },
    finished: (jobId) => jobFor(jobId).done,
  };
}

const perServices = new WeakMap<Services, ExportJobs>();

/** The export jobs of these services (one table per database connection). */
export function exportJobsOf(services: Services): ExportJobs {
  let jobs = perServices.get(services);
  if (!jobs) {
    jobs = createExportJobs(workerRunner({ dataDir: services.dataDir, appVersion: services.version, exportedBy: () => currentUser(services.dataDir) }), services.log);
    perServices.set(services, jobs);
  }
  return jobs;
}

/** How many cases and findings the filters select, without exporting anything. */
export function previewExport(services: Services, filter: CaseFilter): { cases: number; findings: number } {
  const source = databaseCaseSource(services.db);
  let cases = 0;
  let findings = 0;
  const candidates = source.candidates(filter);
  for (let start = 0; start < candidates.length; start += PREVIEW_BATCH) {
    const slice = candidates.slice(start, start + PREVIEW_BATCH);
    source.load(slice).forEach((exportCase, index) => {
      const labels = new Map(filterNeedsLabels(filter) ? (exportCase.signedCorrelation ?? correlate(exportCase.document)).findings.map((f) => [f.id, f.label] as const) : []);
      if (!matchesCaseFilter(filterSubjectOf(slice[index]!, exportCase, labels), filter)) return;
      cases += 1;
      findings += exportCase.document.findings.length;
    });
  }
  return { cases, findings };
}

export function exportProjects(services: Services): { name: string; createdAt: string; exports: number }[] {
  return new ExportRepository(services.db).projects();
}
