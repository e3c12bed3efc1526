import { z } from 'zod';
import { labelSchema } from '../../correlation/output.ts';
import { SEXES } from '../../domain/attributes.ts';
import {
  deficitSchema, legPainSchema, priorSurgerySchema, startBackSchema, straightLegRaiseSchema,
} from '../../domain/clinical.ts';
import { anchorSchema, findingSchema } from '../../domain/findings.ts';
import { anyLevelSchema } from '../../domain/levels.ts';
import { redFlagSchema } from '../../domain/red-flags.ts';
import { defineChannel } from '../define.ts';
import {
  anatomySchema, caseViewSchema, LEVEL_PLACEMENTS, levelPositionSchema,
} from './case-view.ts';

/** DICOM UIDs are at most 64 characters. */
const uid = z.string().min(1).max(64);
const findingId = z.string().min(1).max(100);
const caseRef = { studyInstanceUID: uid };

/**
 * A partial update of the clinical picture: a field given is replaced, `null` clears it (back to
 * "not recorded"), a field left out is untouched. Each value is validated by the domain schema.
 */
export const clinicalChangesSchema = z
  .object({
    durationWeeks: z.number().min(0).max(5200).nullable(),
    axialPain: z.boolean().nullable(),
    legPain: z.array(legPainSchema).max(10).nullable(),
    neurogenicClaudication: z.boolean().nullable(),
    deficits: z.array(deficitSchema).max(100).nullable(),
    straightLegRaise: straightLegRaiseSchema.nullable(),
    redFlags: z.array(redFlagSchema).max(50).nullable(),
    priorSurgery: z.array(priorSurgerySchema).max(20).nullable(),
    startBack: startBackSchema.nullable(),
    notes: z.string().max(20_000).nullable(),
  })
  .partial()
  .strict();
export type ClinicalChanges = z.infer<typeof clinicalChangesSchema>;

export const levelPlacementSchema = z.object({
  level: anyLevelSchema,
  position: levelPositionSchema,
  placedBy: z.enum(LEVEL_PLACEMENTS),
});
export type LevelPlacement = z.infer<typeof levelPlacementSchema>;

const caseResponse = caseViewSchema;

export const casesChannels = {
  /** The case of an imported study, created (draft, age and sex from the DICOM header) the first time. */
  'case.open': defineChannel(z.object(caseRef).strict(), caseResponse),
  /** Adds a finding; `id` may be chosen by the caller (unique in the case), `index` places it in the case's order. */
  'case.addFinding': defineChannel(
    z.object({ ...caseRef, finding: findingSchema, index: z.number().int().min(0).optional() }).strict(),
    caseResponse,
  ),
  /** Replaces a finding (matched by id) with this one: type, level and every attribute. */
  'case.updateFinding': defineChannel(z.object({ ...caseRef, finding: findingSchema }).strict(), caseResponse),
  'case.removeFinding': defineChannel(z.object({ ...caseRef, findingId }).strict(), caseResponse),
  /** A copy of a finding at another level (no anchor: that was a point on another image); the new id may be chosen. */
  'case.copyFinding': defineChannel(
    z.object({ ...caseRef, findingId, level: anyLevelSchema, newId: findingId.optional() }).strict(),
    caseResponse,
  ),
  /** The case's findings in this order: every finding id exactly once. */
  'case.reorderFindings': defineChannel(z.object({ ...caseRef, findingIds: z.array(findingId).max(1000) }).strict(), caseResponse),
  /** Anchors a finding to a point on an image (the viewer's arrow), or removes the anchor with null. */
  'case.setFindingAnchor': defineChannel(z.object({ ...caseRef, findingId, anchor: anchorSchema.nullable() }).strict(), caseResponse),
  /** Marks a level reviewed and normal (refused while it has findings), or takes the mark away. */
  'case.markLevelNormal': defineChannel(z.object({ ...caseRef, level: anyLevelSchema, normal: z.boolean() }).strict(), caseResponse),
  /** Replaces the level label positions (the viewer's level labelling); levels left out lose their position. */
  'case.setLevels': defineChannel(z.object({ ...caseRef, levels: z.array(levelPlacementSchema).max(20) }).strict(), caseResponse),
  /** Transitional anatomy; findings and positions of the lowest disc move with its new name. */
  'case.setAnatomy': defineChannel(z.object({ ...caseRef, anatomy: anatomySchema }).strict(), caseResponse),
  'case.updateClinical': defineChannel(z.object({ ...caseRef, changes: clinicalChangesSchema }).strict(), caseResponse),
  /** Corrects age or sex; null goes back to what the DICOM header says; a field left out is untouched. */
  'case.setPatient': defineChannel(
    z.object({ ...caseRef, age: z.number().int().min(0).max(130).nullable().optional(), sex: z.enum(SEXES).nullable().optional() }).strict(),
    caseResponse,
  ),
  /**
   * Overrides a finding's label with a reason. The label the engine computes for the saved case,
   * and the ruleset version that computed it, are recorded beside the override.
   */
  'case.setOverride': defineChannel(
    z.object({
      ...caseRef,
      findingId,
      label: labelSchema,
      reason: z.string().regex(/\S/, { error: 'must give a reason' }).max(2000),
    }).strict(),
    caseResponse,
  ),
  'case.clearOverride': defineChannel(z.object({ ...caseRef, findingId }).strict(), caseResponse),
  /** The case as case format v1 JSON text, and a file name without patient data. */
  'case.export': defineChannel(z.object(caseRef).strict(), z.object({ fileName: z.string(), text: z.string() })),
  /**
   * Creates or replaces the case of the study the JSON names. With `studyInstanceUID`, the JSON
   * must name that study or none. Invalid JSON is refused with the field paths; nothing changes.
   */
  'case.import': defineChannel(
    z.object({ text: z.string().max(10_000_000), studyInstanceUID: uid.optional() }).strict(),
    caseResponse,
  ),
};
