import { z } from 'zod';
import { labelSchema } from '../../../shared/correlation/output.ts';
import { anyLevelSchema } from '../../../shared/domain/levels.ts';
import {
  anatomySchema, CASE_STATUSES, LEVEL_PLACEMENTS, levelPositionSchema, type CaseView,
} from '../../../shared/ipc/channels/case-view.ts';

/**
 * What a case file carries beyond case format v1, under one key (`reading`) so it can never
 * collide with a field the format adds: the anatomy setting, the case status, the labelled
 * levels and the label overrides. Other tools may ignore it; an import restores it.
 */
export const READING_KEY = 'reading';

export const readingExtensionSchema = z.looseObject({
  anatomy: anatomySchema.optional(),
  status: z.enum(CASE_STATUSES).optional(),
  levels: z
    .array(
      z.looseObject({
        level: anyLevelSchema,
        normal: z.boolean().optional(),
        position: levelPositionSchema.nullable().optional(),
        placedBy: z.enum(LEVEL_PLACEMENTS).nullable().optional(),
      }),
    )
    .optional(),
  labelOverrides: z
    .array(
      z.looseObject({
        findingId: z.string().min(1),
        label: labelSchema,
        reason: z.string().regex(/\S/, { error: 'must give a reason' }),
        author: z.string().optional(),
        at: z.string().optional(),
        computedLabel: labelSchema,
        ruleset: z.string().min(1),
      }),
    )
    .optional(),
});
export type ReadingExtension = z.infer<typeof readingExtensionSchema>;

/** The extension as `case export` writes it: only levels with something recorded. */
export function readingExtensionOf(view: CaseView, unknownFields: Record<string, unknown> = {}): ReadingExtension {
  return {
    ...unknownFields,
    anatomy: view.anatomy,
    status: view.status,
    levels: view.levels
      .filter((l) => l.normal || l.position !== null)
      .map((l) => ({ level: l.level, normal: l.normal, position: l.position, placedBy: l.placedBy })),
    labelOverrides: view.overrides,
  };
}
