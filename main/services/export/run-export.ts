import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { correlate } from '../../../shared/correlation/correlate.ts';
import { RULESET } from '../../../shared/correlation/ruleset.ts';
import { matchesCaseFilter } from '../../../shared/domain/case-filter.ts';
import type { ExportCounts, ExportProgress, ExportRequest, ExportResult } from '../../../shared/ipc/channels/export.ts';
import { projectKeys } from '../deid/keys.ts';
import type { ExportRepository } from '../store/repositories/export-repository.ts';
import { type CaseSource, type ExportCase, filterSubjectOf } from './case-source.ts';
import { type CaseOutput, computedLabels, findingsCsvHeader, findingsCsvRows, jsonLine, rsnaCsvHeader, rsnaCsvRow } from './case-rows.ts';
import { correlationWithoutFreeText, deidentifyCase } from './deidentify-case.ts';
import { writeCaseImages, writeCaseSr } from './dicom-outputs.ts';
import { MANIFEST_FILE, writeManifest } from './manifest.ts';
import { createStaging } from './staging.ts';

export const FINDINGS_CSV = 'findings.csv';
export const RSNA_CSV = 'cases-rsna.csv';
export const CASES_JSONL = 'cases.jsonl';

export interface ExportEnvironment {
  source: CaseSource;
  repository: ExportRepository;
  appVersion: string;
  exportedBy: string;
  now(): Date;
}

export interface ExportHooks {
  onProgress(progress: Omit<ExportProgress, 'jobId'>): void;
  isCancelled(): boolean;
}

export class ExportCancelled extends Error {
  override name = 'ExportCancelled';
}

export function emptyCounts(): ExportCounts {
  return { cases: 0, findings: 0, images: 0, structuredReports: 0, skippedBurnedIn: 0, skippedSecondaryCapture: 0, skippedUnreadable: 0 };
}

/** Work this long between yields keeps the process answering (progress polls, the UI) while it runs. */
const SLICE_MS = 25;
/** Cases loaded per round trip to the store. */
const BATCH = 100;

/**
 * Runs one research export: selects the cases, de-identifies each (pseudonyms, dates and UIDs from
 * the project's key), writes the formats asked for into a staging folder, writes the manifest
 * last and renames the folder into place. Cancelled or failed, it leaves nothing behind.
 */
export async function runExport(env: ExportEnvironment, request: ExportRequest, hooks: ExportHooks): Promise<ExportResult> {
  const staging = createStaging(request.outDir);
  const startedAt = env.now().toISOString();
  const exportId = randomUUID();
  const { projectRef, secret } = env.repository.projectSecret(request.project, startedAt);
  const keys = projectKeys(secret);
  const formats = [...new Set(request.formats)];
  const options = { dates: request.dates, includeNotes: request.includeNotes, includeBurnedIn: request.includeBurnedIn };
  env.repository.begin(projectRef, { exportUid: exportId, startedAt, exportedBy: env.exportedBy, formats, filters: request.filter, options, ruleset: RULESET });
  const counts = emptyCounts();
  const report = (state: ExportProgress['state'], casesTotal: number, casesDone: number) => hooks.onProgress({ state, casesTotal, casesDone, counts: { ...counts } });

  try {
    report('selecting', 0, 0);
    const candidates = env.source.candidates(request.filter);
    const written: string[] = [];
    const findingsCsv: string[] = [findingsCsvHeader(request.includeNotes)];
    const rsnaCsv: string[] = [rsnaCsvHeader()];
    const jsonl: string[] = [];
    let sliceStart = Date.now();

    let batch: ExportCase[] = [];
    let casesDone = 0;
    const pace = async () => {
      if (Date.now() - sliceStart >= SLICE_MS) {
        report('exporting', candidates.length, casesDone);
        await yieldToEventLoop();
        sliceStart = Date.now();
      }
      if (hooks.isCancelled()) throw new ExportCancelled();
    };
    for (let index = 0; index < candidates.length; index++) {
      casesDone = index;
      await pace();
      const candidate = candidates[index]!;
      if (index % BATCH === 0) batch = env.source.load(candidates.slice(index, index + BATCH));
      const source = batch[index % BATCH]!;
      const patientPseudonym = keys.patientPseudonym(source.patientKey);
      const casePseudonym = keys.casePseudonym(source.studyInstanceUID);
      const offsetDays = keys.dateOffsetDays(source.patientKey);
      const deidentified = deidentifyCase(source.document, { casePseudonym, patientPseudonym, dates: request.dates, offsetDays, includeNotes: request.includeNotes, mapUid: keys.mapUid });
      const correlation = source.signedCorrelation ? correlationWithoutFreeText(source.signedCorrelation, source.document, request.includeNotes) : correlate(deidentified);
      const labels = computedLabels(correlation);
      if (!matchesCaseFilter(filterSubjectOf(candidate, source, labels), request.filter)) continue;

      const output: CaseOutput = { source, deidentified, correlation, patientPseudonym, casePseudonym, includeNotes: request.includeNotes };
      counts.cases += 1;
      counts.findings += deidentified.findings.length;
      if (formats.includes('csv')) {
        findingsCsv.push(findingsCsvRows(output));
        rsnaCsv.push(rsnaCsvRow(output));
      }
      if (formats.includes('jsonl')) jsonl.push(jsonLine(output));
      if (formats.includes('images') || formats.includes('sr')) {
        const files = env.source.instanceFiles(source.studyInstanceUID);
        const dicomSubject = { patientPseudonym, casePseudonym, offsetDays, ...(source.document.patient?.age !== undefined ? { ageYears: source.document.patient.age } : {}) };
        const dicomOptions = { dates: request.dates, mapUid: keys.mapUid, includeBurnedIn: request.includeBurnedIn, appVersion: env.appVersion };
        if (formats.includes('images')) written.push(...(await writeCaseImages(staging.dir, files, dicomSubject, dicomOptions, counts, pace)).map((f) => f.relativePath));
        if (formats.includes('sr')) {
          const srCase = deidentifyCase(source.document, { casePseudonym, patientPseudonym, dates: 'remove', offsetDays, includeNotes: false, mapUid: (uid) => uid });
          written.push(writeCaseSr(staging.dir, source, srCase, correlation, files, dicomSubject, dicomOptions, counts).relativePath);
        }
      }
    }

    report('finishing', candidates.length, candidates.length);
    if (hooks.isCancelled()) throw new ExportCancelled();
    const writeText = (name: string, parts: readonly string[]) => {
      fs.writeFileSync(path.join(staging.dir, name), parts.join(''), { flag: 'wx' });
      written.push(name);
    };
    if (formats.includes('csv')) {
      writeText(FINDINGS_CSV, findingsCsv);
      writeText(RSNA_CSV, rsnaCsv);
    }
    if (formats.includes('jsonl')) writeText(CASES_JSONL, jsonl);
    const manifest = writeManifest(staging.dir, written, {
      exportId,
      createdAt: startedAt,
      exportedBy: env.exportedBy,
      appVersion: env.appVersion,
      project: request.project,
      ruleset: RULESET,
      formats,
      filter: request.filter,
      options,
      counts,
    });
    if (hooks.isCancelled()) throw new ExportCancelled();
    staging.commit();
    env.repository.finish(exportId, { status: 'done', finishedAt: env.now().toISOString(), caseCount: counts.cases, fileCount: written.length + 1, manifestSha256: manifest.sha256 });
    return { outDir: staging.outDir, manifestPath: path.join(staging.outDir, MANIFEST_FILE), files: written.length + 1, counts: { ...counts } };
  } catch (error) {
    staging.abort();
    const status = error instanceof ExportCancelled ? 'cancelled' : 'failed';
    env.repository.finish(exportId, { status, finishedAt: env.now().toISOString(), caseCount: null, fileCount: null, manifestSha256: null });
    throw error;
  }
}
