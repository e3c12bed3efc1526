import { ROOTS, type Root } from '../../../shared/domain/anatomy.ts';
import type { LegPain } from '../../../shared/domain/clinical.ts';
import type { LegSide } from './DermatomeMap.tsx';

/**
 * Leg pain is kept as one entry per leg. A `bilateral` entry (from an imported case) counts for
 * both legs and is split into two when either changes.
 */
function perLeg(entries: readonly LegPain[]): LegPain[] {
  return entries.flatMap((e) => (e.side === 'bilateral' ? (['left', 'right'] as const).map((side) => ({ ...e, side })) : [e]));
}

export function entryFor(entries: readonly LegPain[] | undefined, side: LegSide): LegPain | undefined {
  return (entries ?? []).find((e) => e.side === side || e.side === 'bilateral');
}

export function rootsByLeg(entries: readonly LegPain[] | undefined): Record<LegSide, Set<Root>> {
  return { left: new Set(entryFor(entries, 'left')?.roots ?? []), right: new Set(entryFor(entries, 'right')?.roots ?? []) };
}

function replaceLeg(entries: readonly LegPain[] | undefined, side: LegSide, change: (entry: LegPain | undefined) => LegPain | undefined): LegPain[] {
  const split = perLeg(entries ?? []);
  const index = split.findIndex((e) => e.side === side);
  const next = change(index >= 0 ? split[index] : undefined);
  const others = split.filter((_, i) => i !== index);
  if (!next) return others;
  // "Leg pain, side not given" is replaced by the first leg given.
  const placeholder = (e: LegPain) => e.side === undefined && !e.roots?.length && e.belowKnee === undefined && Object.keys(e).length <= 1;
  const ordered = [...others.filter((e) => !placeholder(e)), next];
  return ordered.sort((a, b) => (a.side === 'left' ? 0 : 1) - (b.side === 'left' ? 0 : 1));
}

/** Clicking a dermatome: the leg gets pain along that root, or loses the root. */
export function toggleRoot(entries: readonly LegPain[] | undefined, side: LegSide, root: Root): LegPain[] {
  return replaceLeg(entries, side, (entry) => {
    const roots = new Set(entry?.roots ?? []);
    if (roots.has(root)) roots.delete(root);
    else roots.add(root);
    return { ...entry, side, roots: ROOTS.filter((r) => roots.has(r)) };
  });
}

/** Pain in this leg (pattern unclear until dermatomes are chosen), or none. */
export function setLegPain(entries: readonly LegPain[] | undefined, side: LegSide, present: boolean): LegPain[] {
  return replaceLeg(entries, side, (entry) => (present ? (entry ?? { side, roots: [] }) : undefined));
}

export function setBelowKnee(entries: readonly LegPain[] | undefined, side: LegSide, belowKnee: boolean | undefined): LegPain[] {
  return replaceLeg(entries, side, (entry) => {
    const next: LegPain = { ...(entry ?? { side, roots: [] }) };
    if (belowKnee === undefined) delete next.belowKnee;
    else next.belowKnee = belowKnee;
    return next;
  });
}
