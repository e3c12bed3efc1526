// The concordance between a finding and the clinical picture, in words for the impression:
// `concordant with the left L5 radiculopathy`.
import type { Clinical, Finding, Root, Side } from '../domain/index.ts';
import type { FindingCorrelationInput } from './correlation-input.ts';
import { words } from './words.ts';

function sideMatches(recorded: Side | undefined, side: Side | undefined): boolean {
  if (side === undefined || recorded === undefined) return side === undefined;
  return recorded === side || recorded === 'bilateral' || side === 'bilateral';
}

/** `radiculopathy` when a deficit of that root and side is recorded, `radicular pain` when only pain follows it. */
function syndrome(clinical: Clinical, root: Root | undefined, side: Side | undefined): string {
  if (root === undefined) return 'symptoms';
  const deficit = (clinical.deficits ?? []).some((d) => d.root === root && sideMatches(d.side, side));
  if (deficit) return 'radiculopathy';
  const pain = (clinical.legPain ?? []).some((p) => (p.roots ?? []).includes(root) && sideMatches(p.side, side));
  return pain ? 'radicular pain' : 'symptoms';
}

const CANAL_TYPES = new Set(['central-stenosis', 'lateral-recess-stenosis', 'disc-bulge', 'disc-herniation', 'spondylolisthesis', 'synovial-cyst']);

export function concordanceWords(finding: Finding, correlation: FindingCorrelationInput | undefined, clinical: Clinical): string {
  const concordance = correlation?.concordance;
  if (concordance?.matches) {
    const side = concordance.side === 'midline' ? undefined : concordance.side;
    return `concordant with the ${words(side, concordance.root, syndrome(clinical, concordance.root, side))}`;
  }
  if (clinical.neurogenicClaudication === true && CANAL_TYPES.has(finding.type) && finding.type !== 'disc-herniation') {
    return 'concordant with the neurogenic claudication';
  }
  if (concordance?.status === 'partial') return 'partly concordant with the recorded symptoms';
  if (concordance?.status === 'discordant' || (concordance && concordance.status === undefined)) return 'not concordant with the recorded symptoms';
  return '';
}
