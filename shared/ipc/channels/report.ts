import { z } from 'zod';
import { reportContentSchema, SECTION_IDS } from '../../report/document.ts';
import { defineChannel } from '../define.ts';

export const REPORT_STATUSES = ['draft', 'final', 'amended'] as const;
/** drafting: before sign-off; signed: frozen; amending: an amended version is being drafted. */
export const REPORT_PHASES = ['drafting', 'signed', 'amending'] as const;
export const VERSION_KINDS = ['draft', 'final', 'amendment-draft', 'amended', 'addendum'] as const;
export const SECTION_OUTCOMES = ['unchanged', 'updated', 'kept-edit', 'merged', 'conflict'] as const;

export const versionSummarySchema = z.object({
  number: z.number().int(),
  kind: z.enum(VERSION_KINDS),
  createdAt: z.string(),
  author: z.string(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  reason: z.string().nullable(),
});
export type VersionSummary = z.infer<typeof versionSummarySchema>;

export const addendumSchema = z.object({ number: z.number().int(), text: z.string(), signedBy: z.string(), signedAt: z.string() });
export type Addendum = z.infer<typeof addendumSchema>;

export const reportViewSchema = z.object({
  studyInstanceUID: z.string(),
  status: z.enum(REPORT_STATUSES),
  phase: z.enum(REPORT_PHASES),
  /** The version shown: the working draft, or the signed version. */
  version: versionSummarySchema,
  content: reportContentSchema,
  /** What the last regeneration did to each section (present when findings changed since the last save). */
  outcomes: z.record(z.string(), z.enum(SECTION_OUTCOMES)).optional(),
  /** Signed, and the findings changed since: an amendment would bring them in. */
  findingsChangedSinceSigning: z.boolean(),
  signed: versionSummarySchema.extend({ ruleset: z.string() }).nullable(),
  addenda: z.array(addendumSchema),
  history: z.array(versionSummarySchema),
  /** "Copy as text": the report as it stands, with its signature and addenda. */
  plainText: z.string(),
});
export type ReportView = z.infer<typeof reportViewSchema>;

const study = { studyInstanceUID: z.string().min(1).max(64) };
const base = { ...study, baseNumber: z.number().int().min(1) };
const sectionText = z.string().max(100_000);

export const outputFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });
export type OutputFile = z.infer<typeof outputFileSchema>;

export const reportChannels = {
  'report.open': defineChannel(z.object(study).strict(), reportViewSchema),
  'report.save': defineChannel(
    z.object({ ...base, sections: z.array(z.object({ id: z.enum(SECTION_IDS), text: sectionText })).max(SECTION_IDS.length) }).strict(),
    reportViewSchema,
  ),
  'report.resolveConflict': defineChannel(
    z.object({ ...base, section: z.enum(SECTION_IDS), keep: z.enum(['mine', 'generated', 'text']), text: sectionText.optional() }).strict(),
    reportViewSchema,
  ),
  'report.sign': defineChannel(z.object({ ...base, reason: z.string().trim().max(2000).optional() }).strict(), reportViewSchema),
  'report.startAmendment': defineChannel(z.object(study).strict(), reportViewSchema),
  'report.addAddendum': defineChannel(z.object({ ...study, text: z.string().trim().min(1).max(20_000) }).strict(), reportViewSchema),
  'report.version': defineChannel(
    z.object({ ...study, number: z.number().int().min(1) }).strict(),
    z.object({ version: versionSummarySchema, plainText: z.string() }),
  ),
  'report.exportPdf': defineChannel(z.object(study).strict(), outputFileSchema),
  'report.exportSr': defineChannel(z.object(study).strict(), outputFileSchema),
};
