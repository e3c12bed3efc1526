import { z } from 'zod';
import { LABEL_TEXT, labelSchema, type Label } from '../correlation/output.ts';

/**
 * A spine physician's verdict on one labelled finding: agree with the label, disagree (naming the
 * label they would give), or a comment that takes no side. Any verdict may carry a comment.
 */
export const VERDICTS = ['agree', 'disagree', 'comment'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_TEXT: Readonly<Record<Verdict, string>> = { agree: 'Agree', disagree: 'Disagree', comment: 'Comment' };

export const REVIEW_TEXT_MAX = 4000;

export const verdictInputSchema = z
  .object({
    verdict: z.enum(VERDICTS),
    /** A disagreement's label: the one the physician would give. */
    label: labelSchema.optional(),
    comment: z.string().max(REVIEW_TEXT_MAX).optional(),
  })
  .strict();
export type VerdictInput = z.infer<typeof verdictInputSchema>;

/**
 * Why this verdict cannot be recorded on a finding labelled `reviewedLabel`, in words; null when
 * it can. The service refuses with this message and the form shows it before anything is sent.
 */
export function verdictProblem(input: VerdictInput, reviewedLabel: Label): string | null {
  if (input.verdict === 'disagree') {
    if (!input.label) return 'A disagreement names the label you would give.';
    if (input.label === reviewedLabel) return `The finding is already labelled ${LABEL_TEXT[reviewedLabel]}: pick another label, or agree.`;
  } else if (input.label !== undefined) {
    return 'Only a disagreement gives a label.';
  }
  if (input.verdict === 'comment' && (input.comment ?? '').trim() === '') return 'Write the comment.';
  return null;
}

/** The verdict as the research export writes it: `agree`, `disagree:<label>` or `comment` (never the comment's text). */
export function verdictCode(verdict: Verdict, label: Label | null): string {
  return verdict === 'disagree' && label ? `disagree:${label}` : verdict;
}
