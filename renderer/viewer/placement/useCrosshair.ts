import { useEffect, useState } from 'react';
import type { ViewerEngine } from '../engine/viewer-engine.ts';
import { imageToPatient, patientToImage, type ImagePlane } from '../geometry/image-plane.ts';
import type { Vec2, Vec3 } from '../geometry/vec3.ts';
import type { LevelMark } from '../levels/level-marks.ts';
import { boxCentre, clampTo, crosshairStep, moveCrosshair, visibleImageBox, type Arrow, type Box } from './crosshair.ts';

/** The keyboard's pointer on one viewport: where it is on the canvas (CSS px) and what Enter does there. */
export interface Crosshair {
  slot: number;
  at: Vec2;
  /** The label being moved (as a drag); null: Enter is a click for the placement waiting (a level mark, an arrow). */
  move: LevelMark | null;
}

interface Options {
  engine: ViewerEngine | null;
  planeIn(slot: number): ImagePlane | null;
  /** The viewport's size on screen, CSS px. */
  sizeOf(slot: number): Vec2 | null;
  /** Whether a level mark or an arrow is waiting to be placed: when that ends, so does its crosshair. */
  placing: boolean;
  /** What a click on the image does (the mouse's own handler). */
  onClickPoint(slot: number, point: Vec3): void;
  /** What dragging a label does (the mouse's own handler). */
  onLevelDrag(mark: LevelMark, slot: number, point: Vec3 | null, done: boolean): void;
}

/**
 * Placing with the keyboard: a crosshair the arrows move over the image, committed with Enter
 * through the mouse's own handlers, at the world point Cornerstone gives for that canvas point —
 * exactly what a click (or the end of a drag) there would do.
 */
export function useCrosshair({ engine, planeIn, sizeOf, placing, onClickPoint, onLevelDrag }: Options) {
  const [crosshair, setCrosshair] = useState<Crosshair | null>(null);

  useEffect(() => {
    if (!placing) setCrosshair((current) => (current?.move ? current : null));
  }, [placing]);

  const canvasOf = (slot: number, plane: ImagePlane, imagePoint: Vec2): Vec2 | null => engine?.worldToCanvas(slot, imageToPatient(plane, imagePoint)) ?? null;

  const boxOf = (slot: number): Box | null => {
    const plane = planeIn(slot);
    const size = sizeOf(slot);
    if (!plane || !size) return null;
    const corners = ([[0, 0], [plane.columns, 0], [0, plane.rows], [plane.columns, plane.rows]] as const).map((c) => canvasOf(slot, plane, c));
    return corners.every((c) => c !== null) ? visibleImageBox(corners as Vec2[], size[0], size[1]) : null;
  };

  const pixelOnScreen = (slot: number): number => {
    const plane = planeIn(slot);
    const origin = plane && canvasOf(slot, plane, [0, 0]);
    const next = plane && canvasOf(slot, plane, [1, 0]);
    return origin && next ? Math.hypot(next[0] - origin[0], next[1] - origin[1]) : 1;
  };

  const worldAt = (target: Crosshair): Vec3 | null => engine?.canvasToWorld(target.slot, target.at) ?? null;

  return {
    crosshair,
    /** Puts the crosshair on a viewport's image, at `near` (a patient point) or the middle of what is in view. False when it shows no image. */
    start(slot: number, move: LevelMark | null, near: Vec3 | null): boolean {
      const box = boxOf(slot);
      const plane = planeIn(slot);
      if (!box || !plane) return false;
      const onCanvas = near ? canvasOf(slot, plane, patientToImage(plane, near)) : null;
      setCrosshair({ slot, at: onCanvas ? clampTo(onCanvas, box) : boxCentre(box), move });
      return true;
    },
    step(arrow: Arrow, big: boolean): void {
      if (!crosshair) return;
      const box = boxOf(crosshair.slot);
      if (!box) return;
      const moved = { ...crosshair, at: moveCrosshair(crosshair.at, arrow, crosshairStep(pixelOnScreen(crosshair.slot), big), box) };
      setCrosshair(moved);
      if (moved.move) onLevelDrag(moved.move, moved.slot, worldAt(moved), false);
    },
    commit(): void {
      if (!crosshair) return;
      const point = worldAt(crosshair);
      setCrosshair(null);
      if (crosshair.move) onLevelDrag(crosshair.move, crosshair.slot, point, true);
      else if (point) onClickPoint(crosshair.slot, point);
    },
    cancel(): void {
      if (crosshair?.move) onLevelDrag(crosshair.move, crosshair.slot, null, true);
      setCrosshair(null);
    },
  };
}
