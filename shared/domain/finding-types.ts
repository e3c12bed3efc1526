import { ZONES } from './anatomy.ts';
import {
  COLLECTION_KINDS, CYST_POSITIONS, FRACTURE_ACUITIES, FRACTURE_CAUSES, GRADES_0_TO_3, INFECTION_PATTERNS,
  LISTHESIS_DIRECTIONS, LISTHESIS_ETIOLOGIES, MARROW_PATTERNS, MEYERDING_GRADES, MIGRATIONS, MODIC_TYPES,
  MORPHOLOGIES, PFIRRMANN_GRADES, POSTOPERATIVE_KINDS, ROOT_COMPROMISE_GRADES, SCHIZAS_GRADES, SEVERITIES,
} from './attributes.ts';
import type { FindingType } from './findings.ts';
import type { GradingSystemKey } from './grading-systems.ts';

export type LevelKind = 'disc' | 'vertebral' | 'disc-or-vertebral';

export type AttributeMeta =
  | { name: string; label: string; kind: 'choice'; values: readonly (string | number)[]; gradingSystem?: GradingSystemKey }
  | { name: string; label: string; kind: 'number'; min: number; max?: number; unit: string }
  | { name: string; label: string; kind: 'boolean' }
  | { name: string; label: string; kind: 'root' }
  /** `{ root, grade }`: the root filled in from level and zone, editable; the grade Pfirrmann 2004. */
  | { name: string; label: string; kind: 'root-compromise'; grades: readonly string[]; gradingSystem: GradingSystemKey }
  | { name: string; label: string; kind: 'text'; required: true };

export interface FindingTypeMeta {
  type: FindingType;
  displayName: string;
  levelKind: LevelKind;
  /** Whether the form shows the side picker. */
  sided: boolean;
  /** Where the form's root picker is pre-filled from: level + zone, or the stenosis site. */
  rootFrom?: 'zone' | 'lateral-recess' | 'foraminal';
  attributes: AttributeMeta[];
}

const choice = (name: string, label: string, values: readonly (string | number)[], gradingSystem?: GradingSystemKey): AttributeMeta =>
  gradingSystem ? { name, label, kind: 'choice', values, gradingSystem } : { name, label, kind: 'choice', values };
const flag = (name: string, label: string): AttributeMeta => ({ name, label, kind: 'boolean' });
const rootCompromise: AttributeMeta = { name: 'rootCompromise', label: 'Root compromise', kind: 'root-compromise', grades: ROOT_COMPROMISE_GRADES, gradingSystem: 'pfirrmann2004' };
const canalCompromise = choice('canalCompromise', 'Canal compromise', SEVERITIES, 'canalThirds');

/** Every finding type of case format v1, in the order a picker lists them. */
export const FINDING_TYPE_META: readonly FindingTypeMeta[] = [
  { type: 'disc-degeneration', displayName: 'Disc degeneration', levelKind: 'disc', sided: false, attributes: [
    choice('pfirrmann', 'Pfirrmann grade', PFIRRMANN_GRADES, 'pfirrmann2001'), choice('heightLoss', 'Height loss', SEVERITIES), flag('signalLoss', 'Signal loss')] },
  { type: 'disc-bulge', displayName: 'Disc bulge', levelKind: 'disc', sided: false, attributes: [flag('symmetric', 'Symmetric'), canalCompromise] },
  { type: 'disc-herniation', displayName: 'Disc herniation', levelKind: 'disc', sided: true, rootFrom: 'zone', attributes: [
    choice('morphology', 'Morphology', MORPHOLOGIES), choice('zone', 'Zone', ZONES), choice('migration', 'Migration', MIGRATIONS),
    rootCompromise, canalCompromise, flag('recurrent', 'Recurrent'), flag('caudaEquinaCompression', 'Cauda equina compression')] },
  { type: 'annular-fissure', displayName: 'Annular fissure', levelKind: 'disc', sided: false, attributes: [flag('hiz', 'High-intensity zone')] },
  { type: 'modic', displayName: 'Modic endplate change', levelKind: 'disc', sided: false, attributes: [
    choice('modicType', 'Modic type', MODIC_TYPES, 'modic'), flag('clawSign', 'DWI claw sign')] },
  { type: 'schmorl-node', displayName: 'Schmorl node', levelKind: 'vertebral', sided: false, attributes: [flag('edema', 'Marrow oedema')] },
  { type: 'central-stenosis', displayName: 'Central canal stenosis', levelKind: 'disc', sided: false, attributes: [
    choice('grade', 'Grade', SEVERITIES, 'leeCentral'), choice('schizas', 'Schizas grade', SCHIZAS_GRADES, 'schizas'),
    flag('caudaEquinaCompression', 'Cauda equina compression')] },
  { type: 'lateral-recess-stenosis', displayName: 'Lateral recess stenosis', levelKind: 'disc', sided: true, rootFrom: 'lateral-recess', attributes: [
    choice('grade', 'Bartynski grade', GRADES_0_TO_3, 'bartynski'), { name: 'root', label: 'Root', kind: 'root' }] },
  { type: 'foraminal-stenosis', displayName: 'Foraminal stenosis', levelKind: 'disc', sided: true, rootFrom: 'foraminal', attributes: [
    choice('grade', 'Lee grade', GRADES_0_TO_3, 'leeForaminal'), { name: 'root', label: 'Root', kind: 'root' }] },
  { type: 'facet-arthropathy', displayName: 'Facet arthropathy', levelKind: 'disc', sided: true, attributes: [
    choice('grade', 'Weishaupt grade', GRADES_0_TO_3, 'weishaupt'), { name: 'effusionMm', label: 'Effusion', kind: 'number', min: 0, unit: 'mm' }] },
  { type: 'synovial-cyst', displayName: 'Synovial cyst', levelKind: 'disc', sided: true, rootFrom: 'lateral-recess', attributes: [
    choice('position', 'Position', CYST_POSITIONS), rootCompromise] },
  { type: 'spondylolisthesis', displayName: 'Spondylolisthesis', levelKind: 'disc', sided: false, attributes: [
    choice('direction', 'Direction', LISTHESIS_DIRECTIONS), choice('meyerding', 'Meyerding grade', MEYERDING_GRADES, 'meyerding'),
    { name: 'percent', label: 'Slip', kind: 'number', min: 0, unit: '%' }, choice('etiology', 'Etiology', LISTHESIS_ETIOLOGIES)] },
  { type: 'spondylolysis', displayName: 'Spondylolysis (pars defect)', levelKind: 'vertebral', sided: true, attributes: [flag('edema', 'Pars oedema')] },
  { type: 'fracture', displayName: 'Vertebral fracture', levelKind: 'vertebral', sided: false, attributes: [
    choice('acuity', 'Acuity', FRACTURE_ACUITIES), choice('cause', 'Cause', FRACTURE_CAUSES),
    { name: 'heightLossPercent', label: 'Height loss', kind: 'number', min: 0, max: 100, unit: '%' }, flag('retropulsion', 'Retropulsion'), canalCompromise] },
  { type: 'marrow-lesion', displayName: 'Marrow lesion', levelKind: 'vertebral', sided: false, attributes: [
    choice('pattern', 'Pattern', MARROW_PATTERNS), flag('epiduralExtension', 'Epidural extension')] },
  { type: 'infection', displayName: 'Infection', levelKind: 'disc-or-vertebral', sided: false, attributes: [
    choice('pattern', 'Pattern', INFECTION_PATTERNS), flag('epiduralAbscess', 'Epidural abscess'), flag('paraspinalCollection', 'Paraspinal collection')] },
  { type: 'epidural-collection', displayName: 'Epidural collection', levelKind: 'disc-or-vertebral', sided: true, attributes: [
    choice('kind', 'Kind', COLLECTION_KINDS), flag('cordOrCaudaCompression', 'Cord or cauda equina compression')] },
  { type: 'postoperative-change', displayName: 'Postoperative change', levelKind: 'disc', sided: true, attributes: [
    choice('kind', 'Kind', POSTOPERATIVE_KINDS), flag('massEffect', 'Mass effect')] },
  { type: 'other', displayName: 'Other finding', levelKind: 'disc-or-vertebral', sided: true, attributes: [
    { name: 'description', label: 'Description', kind: 'text', required: true }] },
];

const BY_TYPE = new Map<string, FindingTypeMeta>(FINDING_TYPE_META.map((meta) => [meta.type, meta]));

export function findingTypeMeta(type: FindingType): FindingTypeMeta {
  const meta = BY_TYPE.get(type);
  if (!meta) throw new Error(`No metadata for finding type ${type}`);
  return meta;
}
