import { compareLevels, type Finding, type FindingType, type Side } from '../domain/index.ts';

/** The order findings read in within a level: disc, endplates, canal, recesses, foramina, facets, the rest. */
const TYPE_ORDER: readonly FindingType[] = [
  'disc-degeneration', 'disc-bulge', 'disc-herniation', 'annular-fissure', 'modic', 'central-stenosis',
  'lateral-recess-stenosis', 'foraminal-stenosis', 'facet-arthropathy', 'synovial-cyst', 'spondylolisthesis',
  'spondylolysis', 'schmorl-node', 'fracture', 'marrow-lesion', 'infection', 'epidural-collection',
  'postoperative-change', 'other',
];
const SIDE_ORDER: readonly (Side | undefined)[] = ['midline', 'left', 'right', 'bilateral', undefined];

/** Cranial to caudal, then in reading order within the level, then by id: the same whatever order the case lists them. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLevels(a.level, b.level) ||
    TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
    SIDE_ORDER.indexOf(a.side) - SIDE_ORDER.indexOf(b.side) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
