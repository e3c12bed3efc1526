import { z } from 'zod';
import { rootSchema, sideSchema, ZONES } from './anatomy.ts';
import {
  COLLECTION_KINDS, CYST_POSITIONS, FRACTURE_ACUITIES, FRACTURE_CAUSES, GRADES_0_TO_3, INFECTION_PATTERNS,
  LISTHESIS_DIRECTIONS, LISTHESIS_ETIOLOGIES, MARROW_PATTERNS, MEYERDING_GRADES, MIGRATIONS, MODIC_TYPES,
  MORPHOLOGIES, PFIRRMANN_GRADES, POSTOPERATIVE_KINDS, ROOT_COMPROMISE_GRADES, SCHIZAS_GRADES, SEVERITIES,
} from './attributes.ts';
import { anyLevelSchema, discLevelSchema, vertebralLevelSchema } from './levels.ts';

const grade = <const T extends readonly [number, ...number[]]>(values: T) => z.literal(values);

export const anchorSchema = z.looseObject({
  seriesInstanceUID: z.string().optional(),
  sopInstanceUID: z.string().min(1),
  frame: z.number().int().min(0).optional(),
  imagePoint: z.tuple([z.number(), z.number()]),
  patientPoint: z.tuple([z.number(), z.number(), z.number()]).optional(),
}).meta({ id: 'Anchor' });
export type Anchor = z.infer<typeof anchorSchema>;

/** Pfirrmann 2004 grading of a named root. */
export const rootCompromiseSchema = z.looseObject({
  root: rootSchema.optional(),
  grade: z.enum(ROOT_COMPROMISE_GRADES).optional(),
}).meta({ id: 'RootCompromise' });
export type RootCompromise = z.infer<typeof rootCompromiseSchema>;

const severity = z.enum(SEVERITIES).meta({ id: 'Severity' });

/** Fields every finding has; `side` where it applies. */
const common = {
  id: z.string().min(1),
  side: sideSchema.optional(),
  note: z.string().optional(),
  anchor: anchorSchema.optional(),
};
const disc = { ...common, level: discLevelSchema };
const vertebral = { ...common, level: vertebralLevelSchema };
const discOrVertebral = { ...common, level: anyLevelSchema };

export const discDegenerationSchema = z.looseObject({
  ...disc,
  type: z.literal('disc-degeneration'),
  pfirrmann: grade(PFIRRMANN_GRADES).optional(),
  heightLoss: severity.optional(),
  signalLoss: z.boolean().optional(),
});

export const discBulgeSchema = z.looseObject({
  ...disc,
  type: z.literal('disc-bulge'),
  symmetric: z.boolean().optional(),
  canalCompromise: severity.optional(),
});

export const discHerniationSchema = z.looseObject({
  ...disc,
  type: z.literal('disc-herniation'),
  morphology: z.enum(MORPHOLOGIES).optional(),
  zone: z.enum(ZONES).optional(),
  migration: z.enum(MIGRATIONS).optional(),
  rootCompromise: rootCompromiseSchema.optional(),
  canalCompromise: severity.optional(),
  recurrent: z.boolean().optional(),
  caudaEquinaCompression: z.boolean().optional(),
});

export const annularFissureSchema = z.looseObject({
  ...disc,
  type: z.literal('annular-fissure'),
  hiz: z.boolean().optional(),
});

export const modicSchema = z.looseObject({
  ...disc,
  type: z.literal('modic'),
  modicType: z.enum(MODIC_TYPES).optional(),
  clawSign: z.boolean().optional(),
});

export const schmorlNodeSchema = z.looseObject({
  ...vertebral,
  type: z.literal('schmorl-node'),
  edema: z.boolean().optional(),
});

export const centralStenosisSchema = z.looseObject({
  ...disc,
  type: z.literal('central-stenosis'),
  grade: severity.optional(),
  schizas: z.enum(SCHIZAS_GRADES).optional(),
  caudaEquinaCompression: z.boolean().optional(),
});

export const lateralRecessStenosisSchema = z.looseObject({
  ...disc,
  type: z.literal('lateral-recess-stenosis'),
  grade: grade(GRADES_0_TO_3).optional(),
  root: rootSchema.optional(),
});

export const foraminalStenosisSchema = z.looseObject({
  ...disc,
  type: z.literal('foraminal-stenosis'),
  grade: grade(GRADES_0_TO_3).optional(),
  root: rootSchema.optional(),
});

export const facetArthropathySchema = z.looseObject({
  ...disc,
  type: z.literal('facet-arthropathy'),
  grade: grade(GRADES_0_TO_3).optional(),
  effusionMm: z.number().min(0).optional(),
});

export const synovialCystSchema = z.looseObject({
  ...disc,
  type: z.literal('synovial-cyst'),
  position: z.enum(CYST_POSITIONS).optional(),
  rootCompromise: rootCompromiseSchema.optional(),
});

export const spondylolisthesisSchema = z.looseObject({
  ...disc,
  type: z.literal('spondylolisthesis'),
  direction: z.enum(LISTHESIS_DIRECTIONS).optional(),
  meyerding: grade(MEYERDING_GRADES).optional(),
  percent: z.number().min(0).optional(),
  etiology: z.enum(LISTHESIS_ETIOLOGIES).optional(),
});

export const spondylolysisSchema = z.looseObject({
  ...vertebral,
  type: z.literal('spondylolysis'),
  edema: z.boolean().optional(),
});

export const fractureSchema = z.looseObject({
  ...vertebral,
  type: z.literal('fracture'),
  acuity: z.enum(FRACTURE_ACUITIES).optional(),
  cause: z.enum(FRACTURE_CAUSES).optional(),
  heightLossPercent: z.number().min(0).max(100).optional(),
  retropulsion: z.boolean().optional(),
  canalCompromise: severity.optional(),
});

export const marrowLesionSchema = z.looseObject({
  ...vertebral,
  type: z.literal('marrow-lesion'),
  pattern: z.enum(MARROW_PATTERNS).optional(),
  epiduralExtension: z.boolean().optional(),
});

export const infectionSchema = z.looseObject({
  ...discOrVertebral,
  type: z.literal('infection'),
  pattern: z.enum(INFECTION_PATTERNS).optional(),
  epiduralAbscess: z.boolean().optional(),
  paraspinalCollection: z.boolean().optional(),
});

export const epiduralCollectionSchema = z.looseObject({
  ...discOrVertebral,
  type: z.literal('epidural-collection'),
  kind: z.enum(COLLECTION_KINDS).optional(),
  cordOrCaudaCompression: z.boolean().optional(),
});

export const postoperativeChangeSchema = z.looseObject({
  ...disc,
  type: z.literal('postoperative-change'),
  kind: z.enum(POSTOPERATIVE_KINDS).optional(),
  massEffect: z.boolean().optional(),
});

export const otherFindingSchema = z.looseObject({
  ...discOrVertebral,
  type: z.literal('other'),
  description: z.string().regex(/\S/, { error: 'must describe the finding' }),
});

/** One finding of case format v1, told apart by `type`. */
export const findingSchema = z.discriminatedUnion('type', [
  discDegenerationSchema,
  discBulgeSchema,
  discHerniationSchema,
  annularFissureSchema,
  modicSchema,
  schmorlNodeSchema,
  centralStenosisSchema,
  lateralRecessStenosisSchema,
  foraminalStenosisSchema,
  facetArthropathySchema,
  synovialCystSchema,
  spondylolisthesisSchema,
  spondylolysisSchema,
  fractureSchema,
  marrowLesionSchema,
  infectionSchema,
  epiduralCollectionSchema,
  postoperativeChangeSchema,
  otherFindingSchema,
]);

export type Finding = z.infer<typeof findingSchema>;
export type FindingType = Finding['type'];
/** The finding of one type: `FindingOf<'modic'>`. */
export type FindingOf<T extends FindingType> = Extract<Finding, { type: T }>;

export const FINDING_TYPES = findingSchema.options.map((option) => option.shape.type.value) as FindingType[];
