// Coded finding types and the codes of their graded attributes (the qualitative evaluations of
// each measurement group). Meanings come from the domain model's own vocabulary.
import { findingTypeMeta, GRADING_SYSTEMS, type FindingType, type GradingSystemKey } from '../../../../shared/domain/index.ts';
import type { CorrelationLabel } from '../../../../shared/report/index.ts';
import { local, type SourcedCode } from './codes.ts';

const STANDARD_FINDING: Partial<Record<FindingType, SourcedCode>> = {
  'disc-herniation': { value: '73589001', scheme: 'SCT', meaning: 'Herniation of intervertebral disc', source: 'SNOMED CT as used in public FHIR IG value sets (../shared/standards.md)' },
  'central-stenosis': { value: '76107001', scheme: 'SCT', meaning: 'Spinal stenosis', source: 'SNOMED CT in several public code lists (../shared/standards.md; one repository mislabels it)' },
};

const LOCAL_FINDING: Record<FindingType, string> = {
  'disc-degeneration': 'DISC-DEGEN',
  'disc-bulge': 'DISC-BULGE',
  'disc-herniation': 'DISC-HERNIATION',
  'annular-fissure': 'ANNULAR-FISSURE',
  modic: 'MODIC-CHANGE',
  'schmorl-node': 'SCHMORL-NODE',
  'central-stenosis': 'CENTRAL-STENOSIS',
  'lateral-recess-stenosis': 'LAT-RECESS-STEN',
  'foraminal-stenosis': 'FORAMINAL-STEN',
  'facet-arthropathy': 'FACET-ARTHROPATH',
  'synovial-cyst': 'SYNOVIAL-CYST',
  spondylolisthesis: 'SPONDYLOLISTHES',
  spondylolysis: 'SPONDYLOLYSIS',
  fracture: 'VERT-FRACTURE',
  'marrow-lesion': 'MARROW-LESION',
  infection: 'SPINE-INFECTION',
  'epidural-collection': 'EPIDURAL-COLLECT',
  'postoperative-change': 'POSTOP-CHANGE',
  other: 'OTHER-FINDING',
};

/** The Finding (121071) value: a standard code where one was verified, else the private one. */
export function findingTypeCode(type: FindingType): SourcedCode {
  return STANDARD_FINDING[type] ?? local(LOCAL_FINDING[type], findingTypeMeta(type).displayName);
}

export const LABEL_CODES: Readonly<Record<CorrelationLabel, SourcedCode>> = {
  'urgent-red-flag': local('URGENT-RED-FLAG', 'Urgent red flag'),
  'likely-pain-generator': local('LIKELY-PAIN-GEN', 'Likely pain generator'),
  'possibly-contributory': local('POSSIBLY-CONTRIB', 'Possibly contributory'),
  'probably-incidental': local('PROB-INCIDENTAL', 'Probably incidental'),
};

/** Value codes longer than SH's 16 characters, shortened. */
const SHORT_VALUE: Readonly<Record<string, string>> = {
  'pathologic-suspected': 'PATH-SUSPECTED',
  'hemangioma-typical': 'HEMANGIOMA',
  'vertebral-osteomyelitis': 'OSTEOMYELITIS',
  'epidural-fibrosis': 'EPIDURAL-FIBROS',
  'marrow-replacing': 'MARROW-REPLACING',
  spondylodiscitis: 'SPONDYLODISCITIS',
};

interface AttributeCoding {
  concept: SourcedCode;
  /** Prefix that keeps the value code unique in the scheme (`PFIRRMANN-`), or '' for shared words (MILD). */
  prefix: string;
  gradingSystem?: GradingSystemKey;
  /** `Pfirrmann grade ` + the grade label. */
  meaningPrefix?: string;
}

const coding = (code: string, meaning: string, prefix = '', gradingSystem?: GradingSystemKey, meaningPrefix?: string): AttributeCoding => ({
  concept: local(code, meaning), prefix, gradingSystem, meaningPrefix,
});

/** Attributes with coded values, by `type.attribute` or plain attribute name for all types. */
const ATTRIBUTE_CODING: Readonly<Record<string, AttributeCoding>> = {
  pfirrmann: coding('PFIRRMANN', 'Pfirrmann disc degeneration grade', 'PFIRRMANN-', 'pfirrmann2001', 'Pfirrmann grade '),
  heightLoss: coding('HEIGHT-LOSS', 'Disc height loss'),
  canalCompromise: coding('CANAL-COMPROMISE', 'Canal compromise (thirds)'),
  morphology: coding('MORPHOLOGY', 'Herniation morphology (Nomenclature 2.0)'),
  migration: coding('MIGRATION', 'Fragment migration'),
  modicType: coding('MODIC-TYPE', 'Modic type', 'MODIC-', 'modic', 'Modic type '),
  'central-stenosis.grade': coding('CANAL-STENOSIS', 'Central canal stenosis grade'),
  schizas: coding('SCHIZAS', 'Schizas grade', 'SCHIZAS-', 'schizas', 'Schizas grade '),
  'lateral-recess-stenosis.grade': coding('BARTYNSKI', 'Bartynski lateral recess grade', 'BARTYNSKI-', 'bartynski', 'Bartynski grade '),
  'foraminal-stenosis.grade': coding('LEE-FORAMINAL', 'Lee foraminal stenosis grade', 'LEE-FORAMEN-', 'leeForaminal', 'Lee grade '),
  'facet-arthropathy.grade': coding('WEISHAUPT', 'Weishaupt facet grade', 'WEISHAUPT-', 'weishaupt', 'Weishaupt grade '),
  position: coding('CYST-POSITION', 'Synovial cyst position'),
  direction: coding('SLIP-DIRECTION', 'Slip direction'),
  meyerding: coding('MEYERDING', 'Meyerding grade', 'MEYERDING-', 'meyerding', 'Meyerding grade '),
  etiology: coding('SLIP-ETIOLOGY', 'Spondylolisthesis etiology'),
  acuity: coding('ACUITY', 'Fracture acuity'),
  cause: coding('FRACTURE-CAUSE', 'Fracture cause'),
  'marrow-lesion.pattern': coding('MARROW-PATTERN', 'Marrow lesion pattern'),
  'infection.pattern': coding('INFECT-PATTERN', 'Infection pattern'),
  kind: coding('KIND', 'Kind'),
  rootCompromiseGrade: coding('ROOT-COMPROMISE', 'Nerve root compromise (Pfirrmann 2004)', '', 'pfirrmann2004'),
  root: coding('NERVE-ROOT', 'Affected nerve root'),
};

export interface CodedAttribute {
  concept: SourcedCode;
  value: SourcedCode;
}

function words(value: string): string {
  const text = value.replace(/-/g, ' ');
  return text[0]!.toUpperCase() + text.slice(1);
}

/** The coding of a graded/choice attribute of a finding, or null when the attribute is not coded. */
export function codeAttribute(type: FindingType, attribute: string, value: string | number): CodedAttribute | null {
  const coded = ATTRIBUTE_CODING[`${type}.${attribute}`] ?? ATTRIBUTE_CODING[attribute];
  if (!coded) return null;
  const raw = String(value);
  const grade = coded.gradingSystem ? GRADING_SYSTEMS[coded.gradingSystem].grades.find((g) => String(g.value) === raw) : undefined;
  const valueCode = `${coded.prefix}${(SHORT_VALUE[raw] ?? raw).toUpperCase()}`;
  const meaning = coded.meaningPrefix && grade ? `${coded.meaningPrefix}${grade.label}` : words(raw);
  return { concept: coded.concept, value: local(valueCode, meaning) };
}

const BOOLEAN_CODES: Readonly<Record<string, string>> = {
  signalLoss: 'SIGNAL-LOSS',
  symmetric: 'SYMMETRIC',
  recurrent: 'RECURRENT',
  caudaEquinaCompression: 'CAUDA-COMPRESS',
  hiz: 'HIZ',
  clawSign: 'CLAW-SIGN',
  edema: 'OEDEMA',
  retropulsion: 'RETROPULSION',
  epiduralExtension: 'EPIDURAL-EXTENS',
  epiduralAbscess: 'EPIDURAL-ABSCESS',
  paraspinalCollection: 'PARASPINAL-COLL',
  cordOrCaudaCompression: 'NEURAL-COMPRESS',
  massEffect: 'MASS-EFFECT',
};

/** The concept name of a yes/no attribute (value SCT Yes/No), labelled as the finding forms label it. */
export function booleanConcept(attribute: string, label: string): SourcedCode {
  return local(BOOLEAN_CODES[attribute] ?? attribute.toUpperCase().slice(0, 16), label);
}
