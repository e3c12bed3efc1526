import type { SeriesSummary } from '../../../shared/ipc/channels/studies.ts';
import { VIEWPORT_SLOTS, type Grid, type ViewerLayout } from '../../../shared/ipc/channels/viewer.ts';

export const GRID_VIEWPORTS: Readonly<Record<Grid, number>> = { '1x1': 1, '1x2': 2, '1x3': 3, '2x2': 4 };

type Candidate = Pick<SeriesSummary, 'seriesInstanceUID' | 'plane' | 'weighting' | 'isImage' | 'sliceCount' | 'number'>;

/** Among matching series, the one with the most slices (a localizer or a short repeat loses), then the lowest number. */
function best(series: readonly Candidate[], match: (s: Candidate) => boolean, taken: ReadonlySet<string>): Candidate | null {
  const found = series.filter((s) => s.isImage && !taken.has(s.seriesInstanceUID) && match(s));
  found.sort((a, b) => b.sliceCount - a.sliceCount || (a.number ?? Infinity) - (b.number ?? Infinity));
  return found[0] ?? null;
}

/**
 * The lumbar reading layout from the import's classification: sagittal T2, sagittal T1 (else
 * STIR), axial T2, side by side. A missing one is replaced by the next best image series (other
 * sagittals first for the sagittal slots, other axials for the axial one), and the grid shrinks
 * when the study has fewer image series than three.
 */
export function hangingProtocol(series: readonly Candidate[]): ViewerLayout {
  const taken = new Set<string>();
  const pick = (...rules: ((s: Candidate) => boolean)[]): string | null => {
    for (const rule of rules) {
      const found = best(series, rule, taken);
      if (found) {
        taken.add(found.seriesInstanceUID);
        return found.seriesInstanceUID;
      }
    }
    return null;
  };
  const sagittal = (weighting: string) => (s: Candidate) => s.plane === 'sagittal' && s.weighting === weighting;
  const axial = (weighting: string) => (s: Candidate) => s.plane === 'axial' && s.weighting === weighting;
  const sagT2 = pick(sagittal('T2'));
  const sagT1 = pick(sagittal('T1'), sagittal('STIR'));
  const axT2 = pick(axial('T2'));
  const anySagittal = (s: Candidate) => s.plane === 'sagittal';
  const anyAxial = (s: Candidate) => s.plane === 'axial';
  const anything = () => true;
  const slots = [sagT2 ?? pick(anySagittal, anything), sagT1 ?? pick(anySagittal, anything), axT2 ?? pick(anyAxial, anything)];
  const chosen = slots.filter((s): s is string => s !== null);
  const fourth = pick(anyAxial, anything);
  const grid: Grid = chosen.length >= 3 ? '1x3' : chosen.length === 2 ? '1x2' : '1x1';
  const viewports = [...chosen, fourth];
  while (viewports.length < VIEWPORT_SLOTS) viewports.push(null);
  return { grid, viewports: viewports.slice(0, VIEWPORT_SLOTS) };
}

/**
 * The layout to open a study with: the remembered one with any series that is gone replaced by
 * the hanging protocol's choice for that slot, or the hanging protocol's when none was saved.
 */
export function resolveLayout(saved: ViewerLayout | null, series: readonly Candidate[]): ViewerLayout {
  const protocol = hangingProtocol(series);
  if (!saved) return protocol;
  const present = new Set(series.filter((s) => s.isImage).map((s) => s.seriesInstanceUID));
  const viewports = saved.viewports.map((uid, slot) => (uid !== null && present.has(uid) ? uid : (protocol.viewports[slot] ?? null)));
  return { grid: saved.grid, viewports };
}

/** The layout after a series is dropped into a slot. */
export function assignSeries(layout: ViewerLayout, slot: number, seriesInstanceUID: string): ViewerLayout {
  return { ...layout, viewports: layout.viewports.map((uid, i) => (i === slot ? seriesInstanceUID : uid)) };
}
