import { z } from 'zod';
import { labelSchema } from '../../correlation/output.ts';
import { caseFilterSchema } from '../../domain/case-filter.ts';
import { defineChannel } from '../define.ts';
import { CASE_STATUSES } from './case-view.ts';
import { studySummarySchema } from './studies.ts';

/** One case in the case browser: who and what, its status, and each finding with the label it carries. */
export const caseBrowserRowSchema = z.object({
  studyInstanceUID: z.string(),
  patientName: z.string(),
  patientId: z.string(),
  studyDescription: z.string(),
  accessionNumber: z.string(),
  /** YYYY-MM-DD or null. */
  studyDate: z.string().nullable(),
  age: z.number().int().nullable(),
  sex: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  reviewed: z.boolean(),
  /** Findings whose latest review verdict is a disagreement. */
  disagreements: z.number().int(),
  redFlag: z.boolean(),
  /**
   * In the case's order; `label` is the override where there is one, else the engine's (as signed, for a signed case);
   * `description` its attributes as the form lists them (`Modic endplate change (type 1)`), `phrase` as the report's
   * impression words it (`L5–S1 Modic type 1 endplate changes`): what the browser shows and searches.
   */
  findings: z.array(z.object({ id: z.string(), level: z.string(), type: z.string(), label: labelSchema.nullable(), description: z.string(), phrase: z.string() })),
  updatedAt: z.string(),
});
export type CaseBrowserRow = z.infer<typeof caseBrowserRowSchema>;

export const caseBrowserChannels = {
  /** Every case the filters select (the filters of the research export), oldest study first. */
  'caseBrowser.list': defineChannel(
    z.object({ filter: caseFilterSchema.default(caseFilterSchema.parse({})) }).strict(),
    z.object({ rows: z.array(caseBrowserRowSchema) }),
  ),
  /** The imported study of a case, to open it in the reading screen or review mode. */
  'caseBrowser.study': defineChannel(z.object({ studyInstanceUID: z.string().min(1).max(64) }).strict(), studySummarySchema),
};
