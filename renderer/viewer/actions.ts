import type { Grid } from '../../shared/ipc/channels/viewer.ts';
import type { PrimaryTool } from './engine/tool-modes.ts';
import type { Arrow } from './placement/crosshair.ts';

/** `file`: the file's own window (pressed again, the next one the file carries); `full`: the image's whole range. */
export type WindowPreset = 'file' | 'full';

/** Everything the toolbar and the keyboard can do to the viewer. */
export interface ViewerActions {
  setGrid(grid: Grid): void;
  cycleGrid(): void;
  activate(slot: number): void;
  setTool(tool: PrimaryTool): void;
  scroll(delta: number): void;
  scrollToEnd(end: 'first' | 'last'): void;
  windowPreset(preset: WindowPreset): void;
  /** Multiplies the window width (keyboard narrower / wider). */
  scaleWindow(factor: number): void;
  /** Moves the window centre by a fraction of its width (keyboard darker / brighter). */
  shiftWindow(fraction: number): void;
  /** Zooms the active viewport (factor > 1 enlarges). */
  zoom(factor: number): void;
  /** Pans the active viewport by canvas pixels. */
  pan(dx: number, dy: number): void;
  invert(): void;
  reset(): void;
  clearMeasurements(): void;
  cycleSeries(step: 1 | -1): void;
  labelLevels(): void;
  /** Places with the keyboard: a crosshair on the image for what is waiting or selected (see keyboardTarget). */
  placeWithKeyboard(): void;
  /** Moves the keyboard's crosshair (`big`: ten steps). */
  moveCrosshair(arrow: Arrow, big: boolean): void;
  /** Places (or puts the label) at the crosshair, as a click there would. */
  commitCrosshair(): void;
  cancel(): void;
  /** Puts the keyboard on the images. */
  focusImages(): void;
}

export const GRID_ORDER: readonly Grid[] = ['1x1', '1x2', '1x3', '2x2'];
