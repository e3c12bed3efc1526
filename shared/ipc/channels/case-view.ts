import { z } from 'zod';
import { labelSchema } from '../../correlation/output.ts';
import { SEXES } from '../../domain/attributes.ts';
import { caseSchema } from '../../domain/case.ts';
import { anyLevelSchema, discLevelSequence, isDiscLevel, isTransitionalLevel, type DiscLevel, type Level } from '../../domain/levels.ts';

/**
 * What the reading screen shows of one case: the case format v1 document (what the correlation
 * engine reads and `case export` writes) plus what only the app keeps — revision, status,
 * where age and sex came from, the labelled levels and the label overrides.
 */

export const CASE_STATUSES = ['draft', 'final', 'amended'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * Transitional anatomy: `sixth-lumbar` adds L5-L6 and renames the lowest disc L6-S1;
 * `sacralised-l5` keeps the names but marks L5-S1 as a transitional disc. Both warn on the case.
 */
export const ANATOMIES = ['standard', 'sixth-lumbar', 'sacralised-l5'] as const;
export type Anatomy = (typeof ANATOMIES)[number];
export const anatomySchema = z.enum(ANATOMIES);

export const ANATOMY_WARNINGS: Readonly<Record<Anatomy, string | null>> = {
  standard: null,
  'sixth-lumbar': 'Transitional anatomy: six lumbar-type vertebrae (L6). Level names and root assignment depend on how the vertebrae were counted.',
  'sacralised-l5': 'Transitional anatomy: sacralised L5 (transitional L5–S1 disc). Level names and root assignment depend on how the vertebrae were counted.',
};

/** The disc levels the level list shows for an anatomy: T12-L1 down to the lumbosacral disc. */
export function levelListFor(anatomy: Anatomy): DiscLevel[] {
  return discLevelSequence(anatomy === 'sixth-lumbar' ? 6 : 5).filter((level) => level !== 'T11-T12');
}

/** Whether a level exists in this anatomy: L5-L6, L6-S1 and L6 only with a sixth lumbar vertebra, which has no L5-S1. */
export function levelExistsIn(anatomy: Anatomy, level: Level): boolean {
  return anatomy === 'sixth-lumbar' ? level !== 'L5-S1' : !isTransitionalLevel(level);
}

/**
 * The row of the level list a finding is shown under: its own disc level, or for a vertebra the
 * disc below it (the lowest disc for S1).
 */
export function listLevelOf(level: Level, anatomy: Anatomy): Level {
  if (isDiscLevel(level)) return level;
  const list = levelListFor(anatomy);
  return list.find((disc) => disc.startsWith(`${level}-`)) ?? list.find((disc) => disc.endsWith(`-${level}`)) ?? level;
}

/** A finding id not yet used in the case: `f1`, `f2`, … */
export function nextFindingId(findings: readonly { id: string }[]): string {
  const used = new Set(findings.map((f) => f.id));
  let n = findings.reduce((max, f) => Math.max(max, Number(/^f(\d+)$/.exec(f.id)?.[1] ?? 0)), 0) + 1;
  while (used.has(`f${n}`)) n += 1;
  return `f${n}`;
}

export const AGE_SOURCES = ['dicom-patient-age', 'dicom-birth-date', 'corrected', 'case-file', 'unknown'] as const;
export const SEX_SOURCES = ['dicom', 'corrected', 'case-file', 'unknown'] as const;
export type AgeSource = (typeof AGE_SOURCES)[number];
export type SexSource = (typeof SEX_SOURCES)[number];

const sex = z.enum(SEXES);

/** Age and sex as the case uses them, where each came from, and what the DICOM header said. */
export const patientFactsSchema = z.object({
  age: z.number().int().nullable(),
  ageSource: z.enum(AGE_SOURCES),
  /** From PatientAge, or the birth date against the study date; null when the header has neither. */
  dicomAge: z.number().int().nullable(),
  dicomAgeSource: z.enum(['dicom-patient-age', 'dicom-birth-date']).nullable(),
  sex: sex.nullable(),
  sexSource: z.enum(SEX_SOURCES),
  dicomSex: sex.nullable(),
});
export type PatientFacts = z.infer<typeof patientFactsSchema>;

const point2 = z.tuple([z.number(), z.number()]);
const point3 = z.tuple([z.number(), z.number(), z.number()]);

/** Where a level label sits: a patient-space point (mm) and the image it was placed on. */
export const levelPositionSchema = z.looseObject({
  patientPoint: point3,
  seriesInstanceUID: z.string().min(1).max(64).optional(),
  sopInstanceUID: z.string().min(1).max(64).optional(),
  frame: z.number().int().min(0).optional(),
  imagePoint: point2.optional(),
});
export type LevelPosition = z.infer<typeof levelPositionSchema>;

export const LEVEL_PLACEMENTS = ['user', 'proposed'] as const;

export const levelStateSchema = z.object({
  level: anyLevelSchema,
  /** Reviewed and reported normal: no findings. */
  normal: z.boolean(),
  position: levelPositionSchema.nullable(),
  /** `proposed` when the app placed it from the vertebral spacing and nobody has moved it yet. */
  placedBy: z.enum(LEVEL_PLACEMENTS).nullable(),
});
export type LevelState = z.infer<typeof levelStateSchema>;

/** A radiologist's label for a finding, kept beside the computed label it overrode. */
export const labelOverrideSchema = z.object({
  findingId: z.string(),
  label: labelSchema,
  reason: z.string(),
  author: z.string(),
  at: z.string(),
  computedLabel: labelSchema,
  ruleset: z.string(),
});
export type LabelOverride = z.infer<typeof labelOverrideSchema>;

export const caseViewSchema = z.object({
  studyInstanceUID: z.string(),
  /** Goes up by one with every saved change. */
  revision: z.number().int(),
  status: z.enum(CASE_STATUSES),
  author: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  anatomy: anatomySchema,
  patient: patientFactsSchema,
  /** The level list in cranio-caudal order: the anatomy's disc levels plus any other level with findings or a position. */
  levels: z.array(levelStateSchema),
  overrides: z.array(labelOverrideSchema),
  /** Case format v1, exactly what `case export` writes (without the `reading` extension). */
  document: caseSchema,
});
export type CaseView = z.infer<typeof caseViewSchema>;
