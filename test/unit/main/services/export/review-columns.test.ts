import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dispatch } from '../../../../../main/handlers.ts';
import { exportJobsOf } from '../../../../../main/services/export/export-jobs.ts';
import type { Label } from '../../../../../shared/correlation/output.ts';
import { exportRequestSchema } from '../../../../../shared/ipc/channels/export.ts';
import type { ReviewView } from '../../../../../shared/ipc/channels/review.ts';
import { scanForLeaks } from '../../../../helpers/leak-scan.ts';
import { CASE_FREE_TEXT, createExportWorld, type ExportWorld } from './support/export-world.ts';

// The review feature's part of the research export: the "reviewed" status filter and the review
// verdict column (`agree`, `disagree:<label>`, `comment` — never the comment's text).

let world: ExportWorld;
let outRoot: string;
let disagreedWith: Label;
const COMMENT = `Ask ${CASE_FREE_TEXT.overrideReason}`;

async function value<T>(channel: string, request: unknown): Promise<T> {
  const result = await dispatch(world.services, channel, request);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

beforeAll(async () => {
  world = await createExportWorld();
  outRoot = path.join(world.dataDir, '..', 'review-exports');
  fs.mkdirSync(outRoot);
  // The signed case: three verdicts. A draft case: only an overall note (reviewed, no verdict).
  const signed = world.studies[0]!.studyInstanceUID;
  const review = await value<ReviewView>('review.open', { studyInstanceUID: signed });
  const basisVersion = review.basis.reportVersion;
  const f2 = review.findings.find((f) => f.finding.id === 'f2')!.label;
  disagreedWith = f2 === 'probably-incidental' ? 'likely-pain-generator' : 'probably-incidental';
  await value('review.setVerdict', { studyInstanceUID: signed, basisVersion, findingId: 'f1', verdict: 'agree' });
  await value('review.setVerdict', { studyInstanceUID: signed, basisVersion, findingId: 'f2', verdict: 'disagree', label: disagreedWith, comment: COMMENT });
  await value('review.setVerdict', { studyInstanceUID: signed, basisVersion, findingId: 'f5', verdict: 'comment', comment: COMMENT });
  await value('review.setNote', { studyInstanceUID: world.studies[1]!.studyInstanceUID, basisVersion: null, text: COMMENT });
});
afterAll(async () => world.close());

async function exportTo(name: string, request: Partial<z.input<typeof exportRequestSchema>>): Promise<string> {
  const jobs = exportJobsOf(world.services);
  const outDir = path.join(outRoot, name);
  const progress = await jobs.finished(jobs.start(exportRequestSchema.parse({ formats: ['csv', 'jsonl'], outDir, ...request })));
  if (progress.state !== 'done') throw new Error(`export ${progress.state}: ${progress.message ?? ''}`);
  return outDir;
}

function csvRows(file: string): Record<string, string>[] {
  const python = spawnSync('python3', ['-c', 'import csv, json, sys\nprint(json.dumps(list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8"), strict=True))))', file], { encoding: 'utf8' });
  if (python.status !== 0) throw new Error(python.stderr);
  return JSON.parse(python.stdout) as Record<string, string>[];
}

describe('the "reviewed" status filter', () => {
  it('selects the cases with a review, alone or as an alternative to other statuses', async () => {
    expect(await value('export.preview', { filter: { statuses: ['reviewed'] } })).toEqual({ cases: 2, findings: 12 });
    expect(await value('export.preview', { filter: { statuses: ['reviewed', 'final'] } })).toEqual({ cases: 2, findings: 12 });
    expect(await value('export.preview', { filter: { statuses: ['draft'] } })).toEqual({ cases: 4, findings: 24 });
    expect(await value('export.preview', { filter: { statuses: ['draft', 'reviewed'] } })).toEqual({ cases: 5, findings: 30 });
    expect(await value('export.preview', { filter: { statuses: ['reviewed'], redFlags: 'present' } })).toEqual({ cases: 1, findings: 6 });
  });

  it('exports only the reviewed cases', async () => {
    const dir = await exportTo('reviewed-only', { filter: { statuses: ['reviewed'] } });
    expect(new Set(csvRows(path.join(dir, 'findings.csv')).map((row) => row.case_pseudonym)).size).toBe(2);
  });
});

describe('the review verdict column', () => {
  it('holds each finding’s latest verdict, the label of a disagreement, and never a comment’s text', async () => {
    const dir = await exportTo('verdicts', { includeNotes: true });
    const rows = csvRows(path.join(dir, 'findings.csv'));
    const signed = rows.filter((row) => row.case_status === 'final');
    expect(Object.fromEntries(signed.map((row) => [row.finding_id, row.review_verdict]))).toEqual({
      f1: 'agree', f2: `disagree:${disagreedWith}`, f3: '', f4: '', f5: 'comment', f6: '',
    });
    expect(rows.filter((row) => row.case_status !== 'final').every((row) => row.review_verdict === '')).toBe(true);

    const lines = fs.readFileSync(path.join(dir, 'cases.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as { status: string; reviewVerdicts?: Record<string, string> });
    expect(lines.find((line) => line.status === 'final')?.reviewVerdicts).toEqual({ f1: 'agree', f2: `disagree:${disagreedWith}`, f5: 'comment' });
    expect(lines.filter((line) => line.reviewVerdicts !== undefined)).toHaveLength(1);
    for (const file of ['findings.csv', 'cases.jsonl']) expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toContain(COMMENT);
  });

  it('leaks nothing identifying from the review into any format', async () => {
    const dir = await exportTo('review-leaks', { formats: ['csv', 'jsonl', 'sr'] });
    expect(scanForLeaks(dir, world.identifiers, world.identifierBytes)).toEqual([]);
  });
});
