import { z } from 'zod';
import { defineChannel } from '../define.ts';

export const planes = ['sagittal', 'axial', 'coronal', 'oblique', 'unknown'] as const;
export const weightings = ['T1', 'T2', 'STIR', 'other'] as const;

export const seriesSummarySchema = z.object({
  id: z.number().int(),
  seriesInstanceUID: z.string(),
  number: z.number().int().nullable(),
  description: z.string(),
  modality: z.string(),
  /** 'image' for pixel data; otherwise what the object is, in words (e.g. "Structured report"). */
  kind: z.string(),
  isImage: z.boolean(),
  plane: z.enum(planes),
  weighting: z.enum(weightings),
  instanceCount: z.number().int(),
  /** Distinct slice positions along the slice normal. */
  sliceCount: z.number().int(),
  /** Mean distance between adjacent slice positions, mm; null when fewer than two. */
  sliceSpacingMm: z.number().nullable(),
  rows: z.number().int().nullable(),
  columns: z.number().int().nullable(),
  /** The middle instance, for a thumbnail; null for non-image series. */
  thumbnailInstanceId: z.number().int().nullable(),
});
export type SeriesSummary = z.infer<typeof seriesSummarySchema>;

export const studySummarySchema = z.object({
  id: z.number().int(),
  studyInstanceUID: z.string(),
  date: z.string().nullable(),
  time: z.string().nullable(),
  description: z.string(),
  accessionNumber: z.string(),
  modalities: z.array(z.string()),
  series: z.array(seriesSummarySchema),
});
export type StudySummary = z.infer<typeof studySummarySchema>;

export const patientSummarySchema = z.object({
  id: z.number().int(),
  patientId: z.string(),
  /** Decoded with the file's character set, DICOM carets replaced for display. */
  name: z.string(),
  birthDate: z.string().nullable(),
  sex: z.string(),
  studies: z.array(studySummarySchema),
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;

export const rejectedFileSchema = z.object({ path: z.string(), reason: z.string() });
export type RejectedFile = z.infer<typeof rejectedFileSchema>;

export const rejectedReasonCountSchema = z.object({ reason: z.string(), count: z.number().int() });
export type RejectedReasonCount = z.infer<typeof rejectedReasonCountSchema>;

/** One page of an import's rejected files (`import.rejected`), in the order they were met. */
export const rejectedPageSchema = z.object({ total: z.number().int(), files: z.array(rejectedFileSchema) });
export type RejectedPage = z.infer<typeof rejectedPageSchema>;

export const importStates = ['scanning', 'importing', 'done', 'cancelled', 'failed'] as const;

export const importProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(importStates),
  /** Files found so far; final once scanning is over. */
  filesFound: z.number().int(),
  filesProcessed: z.number().int(),
  studies: z.number().int(),
  series: z.number().int(),
  instances: z.number().int(),
  /** Files seen again with nothing changed: re-import is a no-op. */
  unchanged: z.number().int(),
  /**
   * Files not imported, with their reasons counted (most frequent first). The list itself can run
   * to thousands, so it is not sent with every progress poll: `import.rejected` pages it.
   */
  rejectedCount: z.number().int(),
  rejectedReasons: z.array(rejectedReasonCountSchema),
  /** The first study this import indexed or found already indexed: the one to select when it ends. */
  firstStudyId: z.number().int().nullable(),
  /** Set when state is 'failed': what went wrong, without patient data. */
  message: z.string().optional(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

/** The most rejected files one `import.rejected` call returns. */
export const REJECTED_PAGE_MAX = 500;

const jobRef = z.object({ jobId: z.string().min(1).max(100) }).strict();

export const studiesChannels = {
  'studies.list': defineChannel(z.object({}).strict(), z.array(patientSummarySchema)),
  'import.start': defineChannel(
    z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict(),
    z.object({ jobId: z.string() }),
  ),
  'import.demo': defineChannel(z.object({}).strict(), z.object({ jobId: z.string() })),
  'import.progress': defineChannel(jobRef, importProgressSchema),
  'import.rejected': defineChannel(
    jobRef.extend({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(REJECTED_PAGE_MAX) }).strict(),
    rejectedPageSchema,
  ),
  'import.cancel': defineChannel(jobRef, z.object({ cancelled: z.boolean() })),
};
