import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CaseFilter } from '../../../shared/domain/case-filter.ts';
import type { ExportCounts, ExportFormat, ExportOptions } from '../../../shared/ipc/channels/export.ts';
import { methodCodes, methodText } from '../deid/method.ts';
import { TABLE_E1_1_SOURCE } from '../deid/profile/table-e1-1.ts';
import { RSNA_COLUMNS } from './rsna-columns.ts';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'spinecorrelate.export-manifest/1';

export interface ManifestInput {
  exportId: string;
  createdAt: string;
  exportedBy: string;
  appVersion: string;
  project: string;
  ruleset: string;
  formats: ExportFormat[];
  filter: CaseFilter;
  options: Pick<ExportOptions, 'dates' | 'includeNotes' | 'includeBurnedIn'>;
  counts: ExportCounts;
}

export function sha256File(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/**
 * manifest.json: what was exported, when, by whom, with which filters, options and ruleset, the
 * counts, how it was de-identified, and every file with its size and SHA-256. Written last.
 */
export function writeManifest(root: string, relativePaths: readonly string[], input: ManifestInput): { path: string; sha256: string } {
  const files = [...relativePaths].sort().map((relativePath) => {
    const file = path.join(root, ...relativePath.split('/'));
    return { path: relativePath, bytes: fs.statSync(file).size, sha256: sha256File(file) };
  });
  const methodOptions = { dates: input.options.dates, structuredContentClean: false, appVersion: input.appVersion };
  const manifest = {
    format: MANIFEST_FORMAT,
    exportId: input.exportId,
    createdAt: input.createdAt,
    exportedBy: input.exportedBy,
    application: { name: 'SpineCorrelate', version: input.appVersion },
    project: input.project,
    ruleset: input.ruleset,
    formats: input.formats,
    filters: input.filter,
    options: input.options,
    counts: input.counts,
    deidentification: {
      profile: TABLE_E1_1_SOURCE,
      method: methodText(methodOptions),
      codes: methodCodes(methodOptions).map((code) => ({ scheme: 'DCM', ...code })),
      pseudonyms: 'Stable per patient (P-…) and per case (C-…) within the export project; the key stays in the app.',
      dates: input.options.dates === 'shift' ? 'Every date moved by one offset per patient (365–3650 days back); intervals kept.' : 'Dates left out; age in years kept.',
      freeText: input.options.includeNotes ? 'Notes included at the user’s request.' : 'Free text left out.',
    },
    columns: { 'cases-rsna.csv': ['study_id', 'patient_pseudonym', ...RSNA_COLUMNS] },
    files,
  };
  const target = path.join(root, MANIFEST_FILE);
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  fs.writeFileSync(target, text, { flag: 'wx' });
  return { path: target, sha256: createHash('sha256').update(text).digest('hex') };
}
