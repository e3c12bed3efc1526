import type { Root } from '../../../shared/domain/anatomy.ts';

/**
 * A schematic of the lower-limb dermatomes L1–S2 (after the usual Keegan & Garrett / Foerster
 * charts; boundaries vary between people and charts), drawn for one leg in its own coordinates:
 * x from 0 (lateral) to 60 (medial), y from 0 (groin or gluteal fold) to 230 (toes). The drawing
 * mirrors it for the other leg.
 */
export type Point = readonly [number, number];
export type View = 'front' | 'back';

export const LEG_OUTLINE: Readonly<Record<View, readonly Point[]>> = {
  front: [[2, 0], [58, 0], [50, 104], [44, 196], [50, 230], [8, 230], [14, 196], [10, 104]],
  back: [[2, 0], [58, 0], [50, 104], [44, 196], [48, 230], [10, 230], [14, 196], [10, 104]],
};

export const DERMATOME_REGIONS: Readonly<Record<View, Partial<Record<Root, readonly (readonly Point[])[]>>>> = {
  front: {
    L1: [[[2, 0], [58, 0], [58, 16], [3, 7]]],
    L2: [[[3, 7], [58, 16], [55, 52], [5, 40]]],
    L3: [[[5, 40], [55, 52], [50, 104], [10, 104]]],
    L4: [[[30, 104], [50, 104], [44, 196], [29, 196]], [[40, 196], [44, 196], [50, 230], [41, 230]]],
    L5: [[[10, 104], [30, 104], [29, 196], [14, 196]], [[16, 196], [40, 196], [41, 230], [15, 230]]],
    S1: [[[14, 196], [16, 196], [15, 230], [8, 230]]],
  },
  back: {
    L3: [[[42, 0], [58, 0], [50, 100], [38, 100]]],
    S2: [[[20, 0], [42, 0], [38, 100], [24, 100]]],
    L5: [[[2, 0], [20, 0], [24, 100], [10, 100]], [[10, 104], [19, 104], [19, 196], [14, 196]]],
    L4: [[[36, 104], [50, 104], [44, 196], [35, 196]]],
    S1: [[[19, 104], [36, 104], [35, 196], [19, 196]], [[12, 200], [46, 200], [48, 230], [10, 230]]],
  },
};

export function polygonPath(points: readonly Point[]): string {
  return `M${points.map(([x, y]) => `${x},${y}`).join('L')}Z`;
}

/** Where a region's label goes: the mean of its first polygon's corners. */
export function labelPoint(polygons: readonly (readonly Point[])[]): Point {
  const first = polygons[0] ?? [];
  const x = first.reduce((sum, [px]) => sum + px, 0) / Math.max(1, first.length);
  const y = first.reduce((sum, [, py]) => sum + py, 0) / Math.max(1, first.length);
  return [x, y];
}
