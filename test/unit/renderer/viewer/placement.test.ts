import { describe, expect, it } from 'vitest';
import { boxCentre, clampTo, crosshairStep, moveCrosshair, visibleImageBox } from '../../../../renderer/viewer/placement/crosshair.ts';
import { keyboardTarget, type Placing } from '../../../../renderer/viewer/placement/keyboard-target.ts';
import type { LevelMark } from '../../../../renderer/viewer/levels/level-marks.ts';

const box = { left: 10, top: 20, right: 110, bottom: 220 };

describe('keyboard crosshair steps', () => {
  it('steps one image pixel as drawn, never less than a screen pixel; Shift steps ten', () => {
    expect(crosshairStep(1.73, false)).toBeCloseTo(1.73);
    expect(crosshairStep(1.73, true)).toBeCloseTo(17.3);
    expect(crosshairStep(0.4, false)).toBe(1);
    expect(crosshairStep(0.4, true)).toBe(10);
    expect(crosshairStep(Number.NaN, false)).toBe(1);
  });

  it('moves on the screen the way the arrow points', () => {
    expect(moveCrosshair([50, 50], 'ArrowLeft', 2, box)).toEqual([48, 50]);
    expect(moveCrosshair([50, 50], 'ArrowRight', 2, box)).toEqual([52, 50]);
    expect(moveCrosshair([50, 50], 'ArrowUp', 2, box)).toEqual([50, 48]);
    expect(moveCrosshair([50, 50], 'ArrowDown', 2, box)).toEqual([50, 52]);
  });

  it('stops at the edge of the image in view instead of leaving it', () => {
    expect(moveCrosshair([12, 50], 'ArrowLeft', 10, box)).toEqual([10, 50]);
    expect(moveCrosshair([50, 215], 'ArrowDown', 10, box)).toEqual([50, 220]);
    expect(clampTo([-5, 500], box)).toEqual([10, 220]);
  });

  it('keeps to the part of the image inside the viewport, whichever way the image is turned', () => {
    // A 100 × 200 px image drawn flipped left-right, half of it off the left of a 300 × 400 viewport.
    const corners = [[50, 10], [-50, 10], [50, 210], [-50, 210]] as const;
    expect(visibleImageBox(corners, 300, 400)).toEqual({ left: 0, top: 10, right: 50, bottom: 210 });
    expect(boxCentre(visibleImageBox(corners, 300, 400)!)).toEqual([25, 110]);
    // Zoomed in: the image covers the viewport.
    expect(visibleImageBox([[-500, -500], [900, -500], [-500, 900], [900, 900]], 300, 400)).toEqual({ left: 0, top: 0, right: 300, bottom: 400 });
    // Panned away entirely.
    expect(visibleImageBox([[400, 10], [500, 10], [400, 110], [500, 110]], 300, 400)).toBeNull();
    expect(visibleImageBox([], 300, 400)).toBeNull();
  });
});

describe('what T places', () => {
  const l34: LevelMark = { level: 'L3-L4', placedBy: 'proposed', position: { patientPoint: [0, 1, 2] } };
  const waiting: Placing = { kind: 'anchor', request: { id: 'f2', label: 'L4-L5 extrusion' } };
  const finding = { id: 'f1', label: 'L5-S1 protrusion' };

  it('finishes the placement already waiting for a click first', () => {
    expect(keyboardTarget(waiting, { finding, level: 'L3-L4' }, [l34], 'L5-S1')).toBe(waiting);
    expect(keyboardTarget({ kind: 'level', level: 'L6-S1' }, { finding, level: null }, [], 'L5-S1')).toEqual({ kind: 'level', level: 'L6-S1' });
  });

  it('then the selected finding’s arrow', () => {
    expect(keyboardTarget(null, { finding, level: 'L3-L4' }, [l34], 'L5-S1')).toEqual({ kind: 'anchor', request: finding });
  });

  it('then moves the selected level’s label, when it has one', () => {
    expect(keyboardTarget(null, { finding: null, level: 'L3-L4' }, [l34], 'L5-S1')).toEqual({ kind: 'move', mark: l34 });
  });

  it('else marks the disc to mark, as L does', () => {
    expect(keyboardTarget(null, { finding: null, level: 'L2-L3' }, [l34], 'L5-S1')).toEqual({ kind: 'level', level: 'L5-S1' });
    expect(keyboardTarget(null, undefined, [], 'L6-S1')).toEqual({ kind: 'level', level: 'L6-S1' });
  });
});
