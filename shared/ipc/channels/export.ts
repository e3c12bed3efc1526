import { z } from 'zod';
import { caseFilterSchema } from '../../domain/case-filter.ts';
import { defineChannel } from '../define.ts';

/** What an export can hold; `csv` writes the per-finding CSV and the RSNA-style per-case CSV. */
export const EXPORT_FORMATS = ['csv', 'jsonl', 'sr', 'images'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const DATE_HANDLINGS = ['shift', 'remove'] as const;

export const exportOptionsSchema = z
  .object({
    formats: z.array(z.enum(EXPORT_FORMATS)).min(1).max(EXPORT_FORMATS.length),
    filter: caseFilterSchema.default(caseFilterSchema.parse({})),
    /** 'shift': every date moved by a per-patient offset; 'remove': dates left out, age kept. */
    dates: z.enum(DATE_HANDLINGS).default('shift'),
    /** Free-text notes (finding notes, clinical notes, override reasons): left out unless asked for. */
    includeNotes: z.boolean().default(false),
    /** Images flagged with burned-in annotation and secondary captures: left out unless confirmed. */
    includeBurnedIn: z.boolean().default(false),
    /** Pseudonyms are stable within a project: export again into the same project, get the same ones. */
    project: z.string().trim().min(1).max(100).default('default'),
  })
  .strict();
export type ExportOptions = z.infer<typeof exportOptionsSchema>;
export type ExportOptionsInput = z.input<typeof exportOptionsSchema>;

export const exportRequestSchema = exportOptionsSchema.extend({
  /** The folder to create; it must not exist yet (or be empty). */
  outDir: z.string().trim().min(1).max(4096),
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export const exportCountsSchema = z.object({
  cases: z.number().int(),
  findings: z.number().int(),
  images: z.number().int(),
  structuredReports: z.number().int(),
  /** Left out because they may show identifying text in their pixels. */
  skippedBurnedIn: z.number().int(),
  skippedSecondaryCapture: z.number().int(),
  /** Imported files that could not be read any more (moved or changed since the import). */
  skippedUnreadable: z.number().int(),
});
export type ExportCounts = z.infer<typeof exportCountsSchema>;

export const exportResultSchema = z.object({
  outDir: z.string(),
  manifestPath: z.string(),
  files: z.number().int(),
  counts: exportCountsSchema,
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const EXPORT_STATES = ['selecting', 'exporting', 'finishing', 'done', 'cancelled', 'failed'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];

export const exportProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(EXPORT_STATES),
  casesTotal: z.number().int(),
  casesDone: z.number().int(),
  counts: exportCountsSchema,
  /** Set when done. */
  result: exportResultSchema.optional(),
  /** Set when failed: what went wrong, without patient data. */
  message: z.string().optional(),
});
export type ExportProgress = z.infer<typeof exportProgressSchema>;

const jobRef = z.object({ jobId: z.string().min(1).max(100) }).strict();

export const exportChannels = {
  /** How many cases and findings the filters select (what the export would hold). */
  'export.preview': defineChannel(
    z.object({ filter: caseFilterSchema.default(caseFilterSchema.parse({})) }).strict(),
    z.object({ cases: z.number().int(), findings: z.number().int() }),
  ),
  'export.start': defineChannel(exportRequestSchema.strict(), z.object({ jobId: z.string() })),
  'export.progress': defineChannel(jobRef, exportProgressSchema),
  'export.cancel': defineChannel(jobRef, z.object({ cancelled: z.boolean() })),
  'export.projects': defineChannel(z.object({}).strict(), z.array(z.object({ name: z.string(), createdAt: z.string(), exports: z.number().int() }))),
  /** The native folder picker for the export's destination; desktop only. */
  'desktop.chooseExportFolder': defineChannel(z.object({}).strict(), z.object({ path: z.string().nullable() })),
};
