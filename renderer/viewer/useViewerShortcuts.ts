import { useShortcuts } from '../app/shortcuts.ts';
import type { ViewerActions } from './actions.ts';
import { CROSSHAIR_ARROWS, type Arrow } from './placement/crosshair.ts';

const ON_IMAGES = ' (keyboard on the images: click one or press V)';
const ARROW_WAYS: Record<Arrow, string> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * The viewer's keyboard, listed in the ? overlay like every other shortcut. Keys the findings
 * list uses too (arrows with or without Shift or Alt, digits, N, I, Delete) act on the images
 * only while the focus is in the viewer, and then before anything else; the rest work anywhere
 * outside a text field. While the keyboard's crosshair is up (T), the arrows and Enter are its.
 */
export function useViewerShortcuts(actions: ViewerActions, { placing, keyboardHere, crosshair }: { placing: boolean; keyboardHere: boolean; crosshair: boolean }): void {
  const here = (shortcut: { keys: string; description: string; run: () => void }) => ({ ...shortcut, description: shortcut.description + ON_IMAGES, enabled: keyboardHere });
  // The keys shared with other panels: tried first, while the keyboard is on the images.
  const crosshairKeys = (Object.keys(CROSSHAIR_ARROWS) as Arrow[]).flatMap((arrow) => [
    // Shift first: a shortcut that does not name Shift matches with it too.
    { keys: `Shift+${arrow}`, description: `Move the crosshair ${ARROW_WAYS[arrow]}, ten steps`, run: () => actions.moveCrosshair(arrow, true), enabled: crosshair },
    { keys: arrow, description: `Move the crosshair ${ARROW_WAYS[arrow]}`, run: () => actions.moveCrosshair(arrow, false), enabled: crosshair },
  ]);
  useShortcuts(
    [
      ...crosshairKeys,
      { keys: 'Enter', description: 'Place at the crosshair', run: actions.commitCrosshair, enabled: crosshair },
      here({ keys: 'Shift+ArrowUp', description: 'Zoom in', run: () => actions.zoom(1.2) }),
      here({ keys: 'Shift+ArrowDown', description: 'Zoom out', run: () => actions.zoom(1 / 1.2) }),
      here({ keys: 'Alt+ArrowLeft', description: 'Pan left', run: () => actions.pan(-40, 0) }),
      here({ keys: 'Alt+ArrowRight', description: 'Pan right', run: () => actions.pan(40, 0) }),
      here({ keys: 'Alt+ArrowUp', description: 'Pan up', run: () => actions.pan(0, -40) }),
      here({ keys: 'Alt+ArrowDown', description: 'Pan down', run: () => actions.pan(0, 40) }),
      here({ keys: 'ArrowDown', description: 'Next slice', run: () => actions.scroll(1) }),
      here({ keys: 'ArrowUp', description: 'Previous slice', run: () => actions.scroll(-1) }),
      ...[0, 1, 2, 3].map((slot) => here({ keys: String(slot + 1), description: `Viewport ${slot + 1} (in the series strip: put the series there)`, run: () => actions.activate(slot) })),
      here({ keys: 'Shift+N', description: 'Previous series in the active viewport', run: () => actions.cycleSeries(-1) }),
      here({ keys: 'N', description: 'Next series in the active viewport', run: () => actions.cycleSeries(1) }),
      here({ keys: 'Delete', description: 'Remove the measurements in the active viewport', run: actions.clearMeasurements }),
      here({ keys: 'I', description: 'Invert', run: actions.invert }),
      { keys: 'Escape', description: 'Stop placing a level, an arrow or a label', run: actions.cancel, enabled: placing || crosshair },
    ],
    { first: true },
  );
  useShortcuts([
    { keys: 'V', description: 'Put the keyboard on the images', run: actions.focusImages },
    { keys: '.', description: 'Next slice in the active viewport', run: () => actions.scroll(1) },
    { keys: ',', description: 'Previous slice in the active viewport', run: () => actions.scroll(-1) },
    { keys: 'PageDown', description: 'Five slices on', run: () => actions.scroll(5) },
    { keys: 'PageUp', description: 'Five slices back', run: () => actions.scroll(-5) },
    { keys: 'Home', description: 'First slice', run: () => actions.scrollToEnd('first') },
    { keys: 'End', description: 'Last slice', run: () => actions.scrollToEnd('last') },
    { keys: 'G', description: 'Next layout: 1, 2, 3 viewports, 2×2', run: actions.cycleGrid },
    { keys: 'W', description: 'Window/level with the left button', run: () => actions.setTool('windowLevel') },
    { keys: 'P', description: 'Pan with the left button (middle button always pans)', run: () => actions.setTool('pan') },
    { keys: 'Z', description: 'Zoom with the left button (right button always zooms)', run: () => actions.setTool('zoom') },
    { keys: 'S', description: 'Scroll slices by dragging with the left button (the wheel always scrolls)', run: () => actions.setTool('scroll') },
    { keys: 'M', description: 'Measure a length', run: () => actions.setTool('length') },
    { keys: 'F', description: "The file's own window (again: the file's next one)", run: () => actions.windowPreset('file') },
    { keys: 'D', description: 'Window over the full range of the image', run: () => actions.windowPreset('full') },
    { keys: '[', description: 'Narrower window (more contrast)', run: () => actions.scaleWindow(0.85) },
    { keys: ']', description: 'Wider window (less contrast)', run: () => actions.scaleWindow(1 / 0.85) },
    { keys: '-', description: 'Brighter (lower window level)', run: () => actions.shiftWindow(-0.05) },
    { keys: '=', description: 'Darker (higher window level)', run: () => actions.shiftWindow(0.05) },
    { keys: 'R', description: 'Reset zoom, pan, window and invert', run: actions.reset },
    { keys: 'L', description: 'Label levels: click the lumbosacral disc on a sagittal image', run: actions.labelLevels },
    {
      keys: 'T',
      description:
        'Place with the keyboard: a crosshair for the level mark or arrow waiting, else the selected finding’s arrow or level label, else the disc to mark; arrows move it (Shift: ten steps), Enter places, Esc cancels',
      run: actions.placeWithKeyboard,
    },
  ]);
}
