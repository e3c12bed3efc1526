import { z } from 'zod';
import { correlationSchema, findingCorrelationSchema, labelSchema } from '../../correlation/output.ts';
import { caseSchema } from '../../domain/case.ts';
import { clinicalSchema } from '../../domain/clinical.ts';
import { findingSchema } from '../../domain/findings.ts';
import { correlationDiffSchema } from '../../review/correlation-diff.ts';
import { REVIEW_TEXT_MAX, VERDICTS, verdictInputSchema } from '../../review/verdict.ts';
import { defineChannel } from '../define.ts';
import { anatomySchema, CASE_STATUSES, levelStateSchema } from './case-view.ts';
import { clinicalChangesSchema } from './cases.ts';

/**
 * Review mode (issue 7): a spine physician reviews a reported case's labelled findings — agree,
 * disagree with the label they would give, or comment — leaves an overall note, and may update
 * the clinical picture for the review alone to see what that changes in the correlation. Nothing
 * the radiologist signed is rewritten: every entry is appended to the review's own history.
 */

/** 'signed': the correlation frozen when the report was signed; 'live': a draft's correlation as it stands. */
export const REVIEW_BASES = ['signed', 'live'] as const;

export const reviewBasisSchema = z.object({
  kind: z.enum(REVIEW_BASES),
  caseStatus: z.enum(CASE_STATUSES),
  /** The number of the signed report version reviewed; null for a draft. */
  reportVersion: z.number().int().nullable(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  ruleset: z.string(),
});
export type ReviewBasis = z.infer<typeof reviewBasisSchema>;

export const recordedVerdictSchema = z.object({
  findingId: z.string(),
  verdict: z.enum(VERDICTS),
  label: labelSchema.nullable(),
  comment: z.string().nullable(),
  /** The label the finding had when the verdict was recorded. */
  reviewedLabel: labelSchema,
  author: z.string(),
  at: z.string(),
});
export type RecordedVerdict = z.infer<typeof recordedVerdictSchema>;

export const reviewFindingSchema = z.object({
  finding: findingSchema,
  /** The finding's correlation in the basis: label, reasons, evidence. */
  result: findingCorrelationSchema,
  override: z.object({ label: labelSchema, reason: z.string() }).nullable(),
  /** The label under review: the radiologist's override where there is one, else the engine's. */
  label: labelSchema,
  /** The latest verdict on the finding, by whoever recorded it. */
  verdict: recordedVerdictSchema.nullable(),
});
export type ReviewFinding = z.infer<typeof reviewFindingSchema>;

export const reviewNoteSchema = z.object({ text: z.string(), author: z.string(), at: z.string() });
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

export const reviewHistoryEntrySchema = z.discriminatedUnion('kind', [
  recordedVerdictSchema.extend({ kind: z.literal('verdict') }),
  reviewNoteSchema.extend({ kind: z.literal('note') }),
  z.object({ kind: z.literal('clinical'), fields: z.array(z.string()), author: z.string(), at: z.string() }),
]);
export type ReviewHistoryEntry = z.infer<typeof reviewHistoryEntrySchema>;

export const reviewViewSchema = z.object({
  studyInstanceUID: z.string(),
  /** Who records from this screen: the preferences user name, as cases and audit rows use. */
  reviewer: z.string(),
  basis: reviewBasisSchema,
  /** The case reviewed: as signed, or as it stands for a draft. */
  document: caseSchema,
  /** The labelled levels of the case and its transitional-anatomy setting, for the viewer. */
  levels: z.array(levelStateSchema),
  anatomy: anatomySchema,
  correlation: correlationSchema,
  /** Ranked by label: urgent, likely, possibly, incidental. */
  findings: z.array(reviewFindingSchema),
  note: reviewNoteSchema.nullable(),
  /** The clinical picture as updated in this review (the signed one is untouched); null until updated. */
  clinical: z.object({ picture: clinicalSchema, author: z.string(), at: z.string() }).nullable(),
  /** The correlation of the reviewed case with the review's clinical picture, and what changed. */
  updated: z.object({ correlation: correlationSchema, diff: correlationDiffSchema }).nullable(),
  /** Every entry of the review, newest first. */
  history: z.array(reviewHistoryEntrySchema),
  reviewers: z.array(z.string()),
});
export type ReviewView = z.infer<typeof reviewViewSchema>;

/** What the radiologist's reading screen shows of the latest review of a case. */
export const reviewSummarySchema = z.object({
  basis: reviewBasisSchema,
  reviewers: z.array(z.string()),
  lastAt: z.string(),
  counts: z.object({ agree: z.number().int(), disagree: z.number().int(), comment: z.number().int() }),
  /** The latest verdict on each finding, with the finding in words. */
  verdicts: z.array(recordedVerdictSchema.extend({ finding: z.string() })),
  /** Every finding of the reviewed case in words, by id. */
  findingNames: z.record(z.string(), z.string()),
  note: reviewNoteSchema.nullable(),
  clinical: z.object({ author: z.string(), at: z.string(), fields: z.array(z.string()), diff: correlationDiffSchema }).nullable(),
});
export type ReviewSummary = z.infer<typeof reviewSummarySchema>;

export const keyImageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('image'), caption: z.string(), pngBase64: z.string(), width: z.number().int(), height: z.number().int() }),
  z.object({ kind: z.literal('placeholder'), caption: z.string(), reason: z.string() }),
  z.object({ kind: z.literal('none') }),
]);
export type KeyImageView = z.infer<typeof keyImageSchema>;

const study = { studyInstanceUID: z.string().min(1).max(64) };
const findingId = z.string().min(1).max(100);
/** The basis the screen was showing (its signed report version, null for a draft): a change against another basis is refused. */
const basis = { ...study, basisVersion: z.number().int().min(1).nullable() };

export const reviewChannels = {
  'review.open': defineChannel(z.object(study).strict(), reviewViewSchema),
  'review.setVerdict': defineChannel(z.object({ ...basis, findingId, ...verdictInputSchema.shape }).strict(), reviewViewSchema),
  'review.setNote': defineChannel(z.object({ ...basis, text: z.string().max(REVIEW_TEXT_MAX) }).strict(), reviewViewSchema),
  /** The clinical picture of the review alone (new examination findings); same partial update as `case.updateClinical`. */
  'review.updateClinical': defineChannel(z.object({ ...basis, changes: clinicalChangesSchema }).strict(), reviewViewSchema),
  /** The anchored image of a finding of the reviewed case, windowed, with the arrow on the anchor. */
  'review.keyImage': defineChannel(z.object({ ...study, findingId }).strict(), keyImageSchema),
  'review.summary': defineChannel(z.object(study).strict(), reviewSummarySchema.nullable()),
};
