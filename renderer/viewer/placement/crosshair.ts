import type { Vec2 } from '../geometry/vec3.ts';

/** A rectangle on a viewport's canvas, CSS pixels from its top-left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const CROSSHAIR_ARROWS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] } as const;
export type Arrow = keyof typeof CROSSHAIR_ARROWS;

/** Shift+arrow moves the crosshair this many fine steps. */
export const BIG_STEP = 10;

/**
 * How far one press moves the crosshair, in CSS pixels: one image pixel as drawn (so a step is
 * the same bit of anatomy at any zoom), never less than one screen pixel; with Shift, ten.
 */
export function crosshairStep(imagePixelOnScreen: number, big: boolean): number {
  const fine = Number.isFinite(imagePixelOnScreen) ? Math.max(1, imagePixelOnScreen) : 1;
  return big ? fine * BIG_STEP : fine;
}

export function clampTo(at: Vec2, box: Box): Vec2 {
  return [Math.min(box.right, Math.max(box.left, at[0])), Math.min(box.bottom, Math.max(box.top, at[1]))];
}

/** The crosshair one press of an arrow on: moved on the screen by `step`, kept within `box`. */
export function moveCrosshair(at: Vec2, arrow: Arrow, step: number, box: Box): Vec2 {
  const [dx, dy] = CROSSHAIR_ARROWS[arrow];
  return clampTo([at[0] + dx * step, at[1] + dy * step], box);
}

/**
 * Where the crosshair may go: the part of the image (its corners as drawn on the canvas) that is
 * inside the viewport (`width` × `height`), so Enter always lands on a pixel the reader can see.
 * Null when none of the image is in view.
 */
export function visibleImageBox(corners: readonly Vec2[], width: number, height: number): Box | null {
  if (corners.length === 0) return null;
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const box = { left: Math.max(0, Math.min(...xs)), top: Math.max(0, Math.min(...ys)), right: Math.min(width, Math.max(...xs)), bottom: Math.min(height, Math.max(...ys)) };
  return box.left <= box.right && box.top <= box.bottom ? box : null;
}

export function boxCentre(box: Box): Vec2 {
  return [(box.left + box.right) / 2, (box.top + box.bottom) / 2];
}
