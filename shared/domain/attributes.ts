// The value lists of case format v1's finding attributes, declared once for the schemas and the
// finding-type metadata the forms read.
export const SEVERITIES = ['none', 'mild', 'moderate', 'severe'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const PFIRRMANN_GRADES = [1, 2, 3, 4, 5] as const;
export const MORPHOLOGIES = ['protrusion', 'extrusion', 'sequestration'] as const;
export const MIGRATIONS = ['none', 'cranial', 'caudal'] as const;
/** Pfirrmann 2004 root compromise, weakest first. */
export const ROOT_COMPROMISE_GRADES = ['none', 'contact', 'deviation', 'compression'] as const;
export type RootCompromiseGrade = (typeof ROOT_COMPROMISE_GRADES)[number];
export const MODIC_TYPES = ['1', '2', '3', '1/2', '2/3'] as const;
export type ModicType = (typeof MODIC_TYPES)[number];
export const SCHIZAS_GRADES = ['A1', 'A2', 'A3', 'A4', 'B', 'C', 'D'] as const;
export type SchizasGrade = (typeof SCHIZAS_GRADES)[number];
/** Bartynski lateral recess, Lee 2010 foraminal and Weishaupt facet grades. */
export const GRADES_0_TO_3 = [0, 1, 2, 3] as const;
export const CYST_POSITIONS = ['anterior', 'posterior'] as const;
export const LISTHESIS_DIRECTIONS = ['antero', 'retro', 'lateral'] as const;
export const MEYERDING_GRADES = [1, 2, 3, 4, 5] as const;
export const LISTHESIS_ETIOLOGIES = ['degenerative', 'isthmic', 'dysplastic', 'traumatic', 'pathologic', 'iatrogenic'] as const;
export const FRACTURE_ACUITIES = ['acute', 'subacute', 'chronic'] as const;
export const FRACTURE_CAUSES = ['osteoporotic', 'traumatic', 'pathologic-suspected'] as const;
export const MARROW_PATTERNS = ['marrow-replacing', 'hemangioma-typical', 'focal-fat', 'other'] as const;
export const INFECTION_PATTERNS = ['spondylodiscitis', 'vertebral-osteomyelitis', 'facet-septic'] as const;
export const COLLECTION_KINDS = ['abscess', 'hematoma', 'mass'] as const;
export const POSTOPERATIVE_KINDS = ['epidural-fibrosis', 'laminectomy', 'fusion', 'hardware'] as const;
export const DEFICIT_KINDS = ['motor', 'sensory', 'reflex'] as const;
export const SEXES = ['F', 'M', 'O', 'U'] as const;
