import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Case } from '../../../shared/domain/case.ts';
import type { Correlation } from '../../../shared/correlation/output.ts';
import { DicomReadError } from '../deid/dicom/read-file.ts';
import { deidentifyFile, type DeidentifyFileOptions, type Subject } from '../deid/deidentify-file.ts';
import type { StudyInstanceFile } from '../store/repositories/case-query.ts';
import type { ExportCounts } from '../../../shared/ipc/channels/export.ts';
import { writeSpineSr } from './sr/index.ts';
import type { ExportCase } from './case-source.ts';

export interface WrittenFile {
  /** Relative to the export folder, '/'-separated. */
  relativePath: string;
}

function writeRelative(root: string, relativePath: string, bytes: Uint8Array): WrittenFile {
  const target = path.join(root, ...relativePath.split('/'));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, bytes, { flag: 'wx' });
  return { relativePath };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The case's imported images, de-identified, under images/<patient>/<case>/<series>/<n>.dcm:
 * names made of pseudonyms and counters only, never anything from the files.
 */
export async function writeCaseImages(
  root: string,
  files: readonly StudyInstanceFile[],
  subject: Subject,
  options: DeidentifyFileOptions,
  counts: ExportCounts,
  /** Called before each file: yields to the event loop now and then, throws when cancelled. */
  pace: () => Promise<void>,
): Promise<WrittenFile[]> {
  const written: WrittenFile[] = [];
  const seriesIndex = new Map<string, number>();
  const instanceCount = new Map<string, number>();
  for (const file of files) {
    await pace();
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file.filePath);
    } catch {
      counts.skippedUnreadable += 1;
      continue;
    }
    let result: ReturnType<typeof deidentifyFile>;
    try {
      result = deidentifyFile(bytes, subject, options);
    } catch (error) {
      if (!(error instanceof DicomReadError)) throw error;
      counts.skippedUnreadable += 1;
      continue;
    }
    if (result.kind === 'skipped') {
      if (result.reason === 'secondary-capture') counts.skippedSecondaryCapture += 1;
      else counts.skippedBurnedIn += 1;
      continue;
    }
    if (!seriesIndex.has(file.seriesInstanceUID)) seriesIndex.set(file.seriesInstanceUID, seriesIndex.size + 1);
    const n = (instanceCount.get(file.seriesInstanceUID) ?? 0) + 1;
    instanceCount.set(file.seriesInstanceUID, n);
    const relative = `images/${subject.patientPseudonym}/${subject.casePseudonym}/S${pad(seriesIndex.get(file.seriesInstanceUID)!, 3)}/I${pad(n, 5)}.dcm`;
    written.push(writeRelative(root, relative, result.bytes));
    counts.images += 1;
  }
  return written;
}

function seedUid(seed: string): string {
  return `2.25.${BigInt(`0x${createHash('sha256').update(seed).digest('hex').slice(0, 30)}`)}`;
}

function dicomDate(isoDate: string | undefined): string | undefined {
  return isoDate ? isoDate.replace(/-/g, '') : undefined;
}

/**
 * One DICOM SR per case, by the report engineer's writer (main/services/export/sr), fed the case
 * without free text and the original UIDs, then put through the same de-identification as the
 * images: one UID map and one date offset for everything of the patient.
 */
export function writeCaseSr(
  root: string,
  source: ExportCase,
  srCase: Case,
  correlation: Correlation,
  files: readonly StudyInstanceFile[],
  subject: Subject,
  options: DeidentifyFileOptions,
  counts: ExportCounts,
): WrittenFile {
  const anchored = new Set(srCase.findings.flatMap((f) => (f.anchor ? [f.anchor.sopInstanceUID] : [])));
  const studyDate = dicomDate(source.document.study?.date);
  const sr = writeSpineSr(
    {
      case: srCase,
      correlation,
      labelOverrides: Object.fromEntries(Object.entries(source.overrides).map(([id, o]) => [id, { label: o.label }])),
      report: { sections: [] },
      study: { studyInstanceUID: source.studyInstanceUID, ...(studyDate ? { studyDate } : {}), patientName: subject.patientPseudonym, patientId: subject.patientPseudonym },
      images: files
        .filter((f) => anchored.has(f.sopInstanceUID))
        .map((f) => ({ sopInstanceUID: f.sopInstanceUID, sopClassUID: f.sopClassUID, seriesInstanceUID: f.seriesInstanceUID })),
    },
    {
      // Seeds, not UIDs: the de-identification below maps them like every other UID.
      sopInstanceUID: seedUid(`sr-instance:${source.studyInstanceUID}`),
      seriesInstanceUID: seedUid(`sr-series:${source.studyInstanceUID}`),
      seriesNumber: 9001,
      instanceNumber: 1,
      ...(studyDate ? { contentDateTime: new Date(`${source.document.study!.date}T00:00:00Z`) } : {}),
      includeReportText: false,
      // The SR carries coded content only, whatever the notes option: its text items are not cleaned.
      includeNotes: false,
    },
  );
  const result = deidentifyFile(sr.bytes, subject, { ...options, includeBurnedIn: true, structuredContentClean: true });
  if (result.kind !== 'written') throw new Error('an SR cannot be skipped');
  counts.structuredReports += 1;
  return writeRelative(root, `sr/${subject.casePseudonym}.dcm`, result.bytes);
}
