import { z } from 'zod';
import { rootSchema, sideSchema } from './anatomy.ts';
import { DEFICIT_KINDS } from './attributes.ts';
import { discLevelSchema } from './levels.ts';
import { redFlagSchema } from './red-flags.ts';

export const legPainSchema = z.looseObject({
  side: sideSchema.optional(),
  /** The dermatomes the pain follows; empty when the pattern is unclear. */
  roots: z.array(rootSchema).optional(),
  belowKnee: z.boolean().optional(),
});
export type LegPain = z.infer<typeof legPainSchema>;

export const deficitSchema = z.looseObject({
  root: rootSchema.optional(),
  side: sideSchema.optional(),
  kind: z.enum(DEFICIT_KINDS).optional(),
});
export type Deficit = z.infer<typeof deficitSchema>;
export type DeficitKind = (typeof DEFICIT_KINDS)[number];

export const straightLegRaiseSchema = z.looseObject({
  left: z.boolean().optional(),
  right: z.boolean().optional(),
  crossed: z.boolean().optional(),
});

export const priorSurgerySchema = z.looseObject({
  level: discLevelSchema.optional(),
  side: sideSchema.optional(),
  procedure: z.string().optional(),
  yearsAgo: z.number().min(0).optional(),
});
export type PriorSurgery = z.infer<typeof priorSurgerySchema>;

/** STarT Back Screening Tool: total 0–9, distress subscale 0–5. */
export const startBackSchema = z.looseObject({
  total: z.number().int().min(0).max(9).optional(),
  distress: z.number().int().min(0).max(5).optional(),
});

/**
 * The clinical picture. Every field is optional: a missing field means "not recorded", which the
 * correlation engine reports as such; an empty list means "recorded: none".
 */
export const clinicalSchema = z.looseObject({
  durationWeeks: z.number().min(0).optional(),
  axialPain: z.boolean().optional(),
  legPain: z.array(legPainSchema).optional(),
  neurogenicClaudication: z.boolean().optional(),
  deficits: z.array(deficitSchema).optional(),
  straightLegRaise: straightLegRaiseSchema.optional(),
  redFlags: z.array(redFlagSchema).optional(),
  priorSurgery: z.array(priorSurgerySchema).optional(),
  startBack: startBackSchema.optional(),
  notes: z.string().optional(),
});
export type Clinical = z.infer<typeof clinicalSchema>;
