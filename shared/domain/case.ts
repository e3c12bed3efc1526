import { z } from 'zod';
import { SEXES } from './attributes.ts';
import { clinicalSchema } from './clinical.ts';
import { findingSchema } from './findings.ts';

export const CASE_FORMAT = 'spinecorrelate.case/1';

export const studySchema = z.looseObject({
  studyInstanceUID: z.string().optional(),
  date: z.iso.date({ error: 'must be a date written YYYY-MM-DD' }).optional(),
});

export const patientSchema = z.looseObject({
  /** Whole years. */
  age: z.number().int().min(0).max(130).optional(),
  sex: z.enum(SEXES).optional(),
});
export type Patient = z.infer<typeof patientSchema>;

/** Case format v1 (`../shared/spec/case-format.md`): this schema is its source of truth. */
export const caseSchema = z
  .looseObject({
    format: z.literal(CASE_FORMAT),
    id: z.string().optional(),
    study: studySchema.optional(),
    patient: patientSchema.optional(),
    clinical: clinicalSchema.optional(),
    findings: z.array(findingSchema).default([]),
  })
  .superRefine((value, context) => {
    const firstIndex = new Map<string, number>();
    value.findings.forEach((finding, index) => {
      const earlier = firstIndex.get(finding.id);
      if (earlier === undefined) firstIndex.set(finding.id, index);
      else context.addIssue({ code: 'custom', path: ['findings', index, 'id'], message: `must be unique in the case; findings[${earlier}] has the same id` });
    });
  });

export type Case = z.infer<typeof caseSchema>;
/** What a case file may contain before defaults are applied (e.g. `findings` left out). */
export type CaseInput = z.input<typeof caseSchema>;
