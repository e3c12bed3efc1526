// Readings of a finding's attributes that several rule families share.
import { DISC_ROOTS, rootFor, rootForStenosis, type Root, ROOTS } from '../domain/anatomy.ts';
import type { Severity } from '../domain/attributes.ts';
import type { Finding, FindingOf } from '../domain/findings.ts';
import { isDiscLevel } from '../domain/levels.ts';
import { bodySides, type BodySide } from './clinical-picture.ts';

/** What a finding does to its root: Pfirrmann 2004 grades, with Bartynski and Lee read onto them. */
export type RootEffect = 'compression' | 'deviation' | 'contact' | 'none' | 'unknown';

export const ROOT_EFFECT_RANK: Readonly<Record<RootEffect, number>> = { unknown: -1, none: 0, contact: 1, deviation: 2, compression: 3 };

export type RootFinding = FindingOf<'disc-herniation' | 'lateral-recess-stenosis' | 'foraminal-stenosis' | 'synovial-cyst'>;

export function isRootFinding(finding: Finding): finding is RootFinding {
  return finding.type === 'disc-herniation' || finding.type === 'lateral-recess-stenosis' || finding.type === 'foraminal-stenosis' || finding.type === 'synovial-cyst';
}

export function rootEffect(finding: RootFinding): RootEffect {
  switch (finding.type) {
    case 'disc-herniation':
      return finding.rootCompromise?.grade ?? 'unknown';
    case 'synovial-cyst':
      return finding.rootCompromise?.grade ?? (finding.position === 'posterior' ? 'none' : 'unknown');
    case 'lateral-recess-stenosis':
      // Bartynski: 2 and 3 compress the root; 1 narrows the recess with a normal root.
      return finding.grade === undefined ? 'unknown' : finding.grade >= 2 ? 'compression' : 'none';
    case 'foraminal-stenosis':
      // Lee 2010: 3 changes the root's shape; 2 surrounds it (fat gone on all sides) without deforming it.
      return finding.grade === undefined ? 'unknown' : finding.grade === 3 ? 'compression' : finding.grade === 2 ? 'contact' : 'none';
  }
}

export function isExtruded(finding: Finding): boolean {
  return finding.type === 'disc-herniation' && (finding.morphology === 'extrusion' || finding.morphology === 'sequestration');
}

export type RootRelationOutput = 'traversing' | 'exiting' | 'cauda-equina' | 'named';

/** The roots of the cauda equina at a disc level: the traversing root and every one below it. */
function caudaEquinaRoots(traversing: Root): Root[] {
  return ROOTS.slice(ROOTS.indexOf(traversing));
}

export interface RootTargetOf {
  roots: Root[];
  sides: BodySide[];
  relation: RootRelationOutput | undefined;
  /** Why no root could be named, when none could. */
  unnamed?: string;
}

function traversingAndExiting(level: string): Root[] {
  if (!isDiscLevel(level)) return [];
  return [rootFor(level, 'subarticular'), rootFor(level, 'foraminal')].filter((root): root is Root => root !== null);
}

/** The roots a root-compromising finding may meet, from its named root or from level + zone (Table 4). */
export function rootTargetOf(finding: RootFinding): RootTargetOf {
  const sides = bodySides(finding.side);
  if (finding.type === 'disc-herniation') {
    const named = finding.rootCompromise?.root;
    const centralSides: BodySide[] = sides.length === 0 && finding.zone === 'central' ? ['left', 'right'] : sides;
    if (named) return { roots: [named], sides: centralSides, relation: 'named' };
    if (!finding.zone) return { roots: [], sides: centralSides, relation: undefined, unnamed: 'Zone not recorded: the affected root cannot be derived.' };
    const root = rootFor(finding.level, finding.zone);
    // A large central herniation compresses the cauda equina: bilateral, multi-root (§4.1).
    if (finding.zone === 'central' && root && (finding.caudaEquinaCompression || (canalSeverity(finding) ?? 0) >= 2)) {
      return { roots: caudaEquinaRoots(root), sides: sides.length === 0 ? ['left', 'right'] : sides, relation: 'cauda-equina' };
    }
    const relation = finding.zone === 'foraminal' || finding.zone === 'extraforaminal' ? 'exiting' : 'traversing';
    const roots: Root[] = root ? [root] : [];
    // A fragment migrating cranially behind the upper vertebra can reach the exiting root (§4.1, [M]).
    const exiting = rootFor(finding.level, 'foraminal');
    if (relation === 'traversing' && finding.migration === 'cranial' && exiting && !roots.includes(exiting)) roots.push(exiting);
    if (roots.length === 0) return { roots, sides: centralSides, relation, unnamed: `The root at ${finding.level} is outside the case format's roots (${DISC_ROOTS[finding.level].traversing}/${DISC_ROOTS[finding.level].exiting}); record the root.` };
    return { roots, sides: centralSides, relation };
  }
  if (finding.type === 'synovial-cyst') {
    const named = finding.rootCompromise?.root;
    if (named) return { roots: [named], sides, relation: 'named' };
    // An anterior cyst lies in the lateral recess or the foramen: either root is a candidate.
    const roots = traversingAndExiting(finding.level);
    return { roots, sides, relation: undefined, unnamed: roots.length === 0 ? 'Root not recorded.' : undefined };
  }
  const site = finding.type === 'foraminal-stenosis' ? 'foraminal' : 'lateral-recess';
  const root = finding.root ?? rootForStenosis(finding.level, site);
  if (!root) return { roots: [], sides, relation: undefined, unnamed: `The root at ${finding.level} is outside the case format's roots; record the root.` };
  return { roots: [root], sides, relation: finding.root ? 'named' : site === 'foraminal' ? 'exiting' : 'traversing' };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { none: 0, mild: 1, moderate: 2, severe: 3 };
const SCHIZAS_RANK = { A1: 0, A2: 0, A3: 0, A4: 0, B: 2, C: 3, D: 3 } as const;

/** 0 none … 3 severe, or null when nothing is graded. Cauda equina compression counts as severe. */
export function canalSeverity(finding: Finding): number | null {
  const grades: number[] = [];
  if (finding.type === 'central-stenosis') {
    if (finding.grade) grades.push(SEVERITY_RANK[finding.grade]);
    if (finding.schizas) grades.push(SCHIZAS_RANK[finding.schizas]);
    if (finding.caudaEquinaCompression) grades.push(3);
  } else if (finding.type === 'disc-herniation' || finding.type === 'disc-bulge' || finding.type === 'fracture') {
    if (finding.canalCompromise) grades.push(SEVERITY_RANK[finding.canalCompromise]);
    if (finding.type === 'disc-herniation' && finding.caudaEquinaCompression) grades.push(3);
  }
  return grades.length === 0 ? null : Math.max(...grades);
}

export const SEVERITY_WORD = ['no', 'mild', 'moderate', 'severe'] as const;

/** The disc is degenerated: Pfirrmann 3 or more, signal loss or height loss recorded. */
export function isDegeneratedDisc(finding: Finding): boolean {
  return finding.type === 'disc-degeneration' && ((finding.pfirrmann ?? 0) >= 3 || finding.signalLoss === true || (finding.heightLoss !== undefined && finding.heightLoss !== 'none'));
}
