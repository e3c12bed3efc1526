import { z } from 'zod';
import type { DiscLevel } from './levels.ts';

/** Nerve roots of case format v1. */
export const ROOTS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'] as const;
export type Root = (typeof ROOTS)[number];
export const rootSchema = z.enum(ROOTS).meta({ id: 'Root' });

export const SIDES = ['left', 'right', 'bilateral', 'midline'] as const;
export type Side = (typeof SIDES)[number];
export const sideSchema = z.enum(SIDES).meta({ id: 'Side' });

/** Axial zones of Lumbar Disc Nomenclature 2.0. */
export const ZONES = ['central', 'paracentral', 'subarticular', 'foraminal', 'extraforaminal'] as const;
export type Zone = (typeof ZONES)[number];

/** A root that the numbering rule names but case format v1 cannot (T12; L6 with a sixth lumbar vertebra). */
export type AnatomicalRoot = Root | 'T12' | 'L6';

export interface DiscRoots {
  /** Numbered one below the disc; compressed by central, paracentral and subarticular (lateral recess) lesions. */
  traversing: AnatomicalRoot;
  /** Numbered after the upper vertebra; compressed by foraminal and extraforaminal lesions. */
  exiting: AnatomicalRoot;
  /** What a large central lesion compresses. */
  central: string;
  /** Why this row is not straight from Table 4, when it is not. */
  note?: string;
}

const TRANSITIONAL_NOTE =
  'Sixth lumbar-type vertebra: the numbering rule of §4.1 is applied; transitional anatomy changes root assignment and no source was retrieved for it.';

/**
 * Disc level → roots (clinical-knowledge.md §4.1, Table 4). A lumbar root exits below its own
 * pedicle through the foramen of the same-numbered level; the traversing root is one below.
 */
export const DISC_ROOTS: Readonly<Record<DiscLevel, DiscRoots>> = {
  'T11-T12': { traversing: 'T12', exiting: 'T12', central: 'spinal cord', note: 'Thoracic level: outside Table 4; usually spinal cord.' },
  'T12-L1': { traversing: 'L1', exiting: 'T12', central: 'conus medullaris', note: 'Not in Table 4: the numbering rule of §4.1 is applied; the conus usually lies here.' },
  'L1-L2': { traversing: 'L2', exiting: 'L1', central: 'conus / cauda equina' },
  'L2-L3': { traversing: 'L3', exiting: 'L2', central: 'cauda equina' },
  'L3-L4': { traversing: 'L4', exiting: 'L3', central: 'cauda equina' },
  'L4-L5': { traversing: 'L5', exiting: 'L4', central: 'cauda equina' },
  'L5-S1': { traversing: 'S1', exiting: 'L5', central: 'cauda equina (S1–S5)' },
  'L5-L6': { traversing: 'L6', exiting: 'L5', central: 'cauda equina', note: TRANSITIONAL_NOTE },
  'L6-S1': { traversing: 'S1', exiting: 'L6', central: 'cauda equina', note: TRANSITIONAL_NOTE },
};

export type RootRelation = 'traversing' | 'exiting';

/** Which root a lesion in this zone meets: subarticular/paracentral/central → traversing; foraminal/extraforaminal → exiting. */
export function rootRelationForZone(zone: Zone): RootRelation {
  return zone === 'foraminal' || zone === 'extraforaminal' ? 'exiting' : 'traversing';
}

function asRoot(root: AnatomicalRoot): Root | null {
  return (ROOTS as readonly string[]).includes(root) ? (root as Root) : null;
}

/** The root (of the case format's vocabulary) a lesion at this disc level and zone meets, or null (T12, L6). */
export function rootFor(level: DiscLevel, zone: Zone): Root | null {
  const roots = DISC_ROOTS[level];
  return asRoot(rootRelationForZone(zone) === 'exiting' ? roots.exiting : roots.traversing);
}

/** Lateral recess stenosis meets the traversing root; foraminal stenosis the exiting root. */
export function rootForStenosis(level: DiscLevel, site: 'lateral-recess' | 'foraminal'): Root | null {
  return asRoot(site === 'foraminal' ? DISC_ROOTS[level].exiting : DISC_ROOTS[level].traversing);
}

/** The root's two candidate sites: where it traverses (subarticular) and where it exits (foraminal). */
export function candidateSitesOf(root: Root): { level: DiscLevel; relation: RootRelation }[] {
  const sites: { level: DiscLevel; relation: RootRelation }[] = [];
  for (const [level, roots] of Object.entries(DISC_ROOTS) as [DiscLevel, DiscRoots][]) {
    if (roots.traversing === root) sites.push({ level, relation: 'traversing' });
    if (roots.exiting === root) sites.push({ level, relation: 'exiting' });
  }
  return sites;
}

export interface RootSigns {
  reflex: string;
  sensory: string;
  motor: string;
  pain: string;
}

/** Root → clinical signs (clinical-knowledge.md §4.2; Harrison's 19e, Engstrom & Deyo). */
export const ROOT_SIGNS: Readonly<Record<Root, RootSigns>> = {
  L1: { reflex: 'cremasteric', sensory: 'groin', motor: 'iliopsoas (hip flexion)', pain: 'groin' },
  L2: { reflex: 'none', sensory: 'upper anterior thigh', motor: 'psoas (hip flexion), adductors', pain: 'anterior thigh' },
  L3: { reflex: 'patellar (contributory)', sensory: 'lower anterior thigh, anterior/medial knee', motor: 'psoas, quadriceps (knee extension), adductors', pain: 'anterior thigh, knee' },
  L4: { reflex: 'patellar (knee jerk)', sensory: 'medial calf / medial leg', motor: 'quadriceps, thigh adductors, tibialis anterior (inversion/dorsiflexion)', pain: 'knee, medial calf; reverse SLR may be positive' },
  L5: { reflex: 'none reliable', sensory: 'dorsum of foot, lateral calf, great toe / first web space', motor: 'extensor hallucis longus, tibialis anterior, peronei, gluteus medius; difficulty heel-walking', pain: 'lateral calf, dorsal foot, posterolateral thigh, buttock; SLR positive' },
  S1: { reflex: 'Achilles (ankle jerk)', sensory: 'lateral foot, sole, little toe', motor: 'gastrocnemius/soleus (plantarflexion; difficulty toe-walking), gluteus maximus, toe flexors', pain: 'sole, posterior calf, posterior thigh, buttock; SLR positive' },
  S2: { reflex: 'bulbocavernosus / anal wink (S2–S5)', sensory: 'saddle / perianal (S2–S5)', motor: 'bladder, bowel, sexual function (S2–S5)', pain: 'perineum (S2–S5)' },
};
