import { z } from 'zod';
import { rootSchema, sideSchema } from '../domain/anatomy.ts';

export const CORRELATION_FORMAT = 'spinecorrelate.correlation/1';

/** The four labels, weakest first: a label ranks above every label before it. */
export const LABELS = ['probably-incidental', 'possibly-contributory', 'likely-pain-generator', 'urgent-red-flag'] as const;
export type Label = (typeof LABELS)[number];
export const labelSchema = z.enum(LABELS);

export const LABEL_TEXT: Readonly<Record<Label, string>> = {
  'urgent-red-flag': 'urgent red flag',
  'likely-pain-generator': 'likely pain generator',
  'possibly-contributory': 'possibly contributory',
  'probably-incidental': 'probably incidental',
};

const RANK: Readonly<Record<Label, number>> = { 'probably-incidental': 0, 'possibly-contributory': 1, 'likely-pain-generator': 2, 'urgent-red-flag': 3 };

export function labelRank(label: Label): number {
  return RANK[label];
}

export const confidenceSchema = z.enum(['high', 'moderate', 'low']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const asymptomaticPrevalenceSchema = z.looseObject({
  percent: z.number(),
  age: z.number(),
  source: z.string(),
  /** Extra: the age the figure is for (20 or 80 when the age lies outside the source). */
  ageUsed: z.number(),
  /** Extra: the row of Brinjikji 2015a Table 1a, e.g. `disc-bulge`, and the finding as the source names it. */
  row: z.string(),
  finding: z.string(),
  outsideRange: z.string().optional(),
  uncertainty: z.string().optional(),
});
export type AsymptomaticPrevalenceOutput = z.infer<typeof asymptomaticPrevalenceSchema>;

export const CONCORDANCE_STATUSES = ['concordant', 'partial', 'discordant', 'unknown'] as const;
export type ConcordanceStatus = (typeof CONCORDANCE_STATUSES)[number];

export const concordanceSchema = z.looseObject({
  /** The root the finding meets (absent when it cannot be named, e.g. an L6 root). */
  root: rootSchema.optional(),
  side: sideSchema.optional(),
  /** True only when root and side both match the clinical picture. */
  matches: z.boolean(),
  /** Extra: `partial` = side (or root) only; `unknown` = the clinical picture does not say. */
  status: z.enum(CONCORDANCE_STATUSES),
  /** Extra: how the root was found: traversing or exiting (Table 4), the cauda equina (a large central lesion), or named in the finding. */
  relation: z.enum(['traversing', 'exiting', 'cauda-equina', 'named']).optional(),
  /** Extra: the finding's root and side match a recorded motor, sensory or reflex deficit. */
  explainsDeficit: z.boolean(),
  /** Extra: what matched, e.g. `left L5 dermatomal leg pain`. */
  matchedBy: z.array(z.string()),
});
export type Concordance = z.infer<typeof concordanceSchema>;

export const reasonDetailSchema = z.looseObject({ text: z.string(), evidence: z.array(z.string()) });
export type ReasonDetail = z.infer<typeof reasonDetailSchema>;

export const findingCorrelationSchema = z.looseObject({
  id: z.string(),
  label: labelSchema,
  /** Ranked, short, plain; the first is the main reason. */
  reasons: z.array(z.string()),
  /** Evidence ids into the evidence table, in the order the reasons cite them. */
  evidence: z.array(z.string()),
  asymptomaticPrevalence: asymptomaticPrevalenceSchema.optional(),
  concordance: concordanceSchema.optional(),
  /** Extra: each reason with the evidence it cites, same order as `reasons`. */
  reasonDetails: z.array(reasonDetailSchema),
  /** Extra: lowered by missing clinical or imaging information. */
  confidence: confidenceSchema,
  missingInformation: z.array(z.string()),
});
export type FindingCorrelation = z.infer<typeof findingCorrelationSchema>;

export const redFlagDetailSchema = z.looseObject({
  kind: z.enum(['finding', 'clinical']),
  /** For `finding`: the urgent finding; for `clinical`: the findings that explain the flag. */
  findingIds: z.array(z.string()),
  /** For `clinical`: the red flag of the case format. */
  flag: z.string().optional(),
  explained: z.boolean(),
  message: z.string(),
  evidence: z.array(z.string()),
});
export type RedFlagDetail = z.infer<typeof redFlagDetailSchema>;

export const appropriatenessSchema = z.looseObject({
  /** True when the request met the criteria (red flags, prior surgery, or symptoms beyond ~6 weeks). */
  indicated: z.boolean(),
  basis: z.string(),
  /** Extra: `unknown` when the clinical picture does not say (then `indicated` is false). */
  status: z.enum(['indicated', 'not-indicated', 'unknown']),
  evidence: z.array(z.string()),
  /** Extra: other context for the reader (stratification). Never a reason to withhold a label. */
  notes: z.array(z.string()),
});
export type Appropriateness = z.infer<typeof appropriatenessSchema>;

export const correlationSchema = z.looseObject({
  format: z.literal(CORRELATION_FORMAT),
  ruleset: z.string(),
  /** Cranial to caudal, then by id: the same whatever order the case listed them in. */
  findings: z.array(findingCorrelationSchema),
  /** Urgent findings first, then clinical red flags no finding explains: plain sentences. */
  redFlags: z.array(z.string()),
  redFlagDetails: z.array(redFlagDetailSchema),
  appropriateness: appropriatenessSchema,
  /** Finding ids, most likely pain generator first; probably incidental findings are left out. */
  ranking: z.array(z.string()),
  /** One or two plain sentences for the report; empty when no probably incidental finding has a prevalence. */
  epidemiologyStatement: z.string(),
  /** Extra: what the case does not record that would change or firm up labels. */
  missingInformation: z.array(z.string()),
});
export type Correlation = z.infer<typeof correlationSchema>;
