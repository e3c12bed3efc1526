import { useShortcuts } from '../app/shortcuts.ts';
import type { ViewerActions } from './actions.ts';

/** The viewer's keyboard, listed in the ? overlay like every other shortcut. */
export function useViewerShortcuts(actions: ViewerActions, placing: boolean): void {
  useShortcuts([
    { keys: 'Shift+ArrowUp', description: 'Zoom in', run: () => actions.zoom(1.2) },
    { keys: 'Shift+ArrowDown', description: 'Zoom out', run: () => actions.zoom(1 / 1.2) },
    { keys: 'Alt+ArrowLeft', description: 'Pan left', run: () => actions.pan(-40, 0) },
    { keys: 'Alt+ArrowRight', description: 'Pan right', run: () => actions.pan(40, 0) },
    { keys: 'Alt+ArrowUp', description: 'Pan up', run: () => actions.pan(0, -40) },
    { keys: 'Alt+ArrowDown', description: 'Pan down', run: () => actions.pan(0, 40) },
    { keys: 'ArrowDown', description: 'Next slice', run: () => actions.scroll(1) },
    { keys: 'ArrowUp', description: 'Previous slice', run: () => actions.scroll(-1) },
    { keys: 'PageDown', description: 'Five slices on', run: () => actions.scroll(5) },
    { keys: 'PageUp', description: 'Five slices back', run: () => actions.scroll(-5) },
    { keys: 'Home', description: 'First slice', run: () => actions.scrollToEnd('first') },
    { keys: 'End', description: 'Last slice', run: () => actions.scrollToEnd('last') },
    ...[0, 1, 2, 3].map((slot) => ({ keys: String(slot + 1), description: `Viewport ${slot + 1} (series strip: put the series there)`, run: () => actions.activate(slot) })),
    { keys: 'G', description: 'Next layout: 1, 2, 3 viewports, 2×2', run: actions.cycleGrid },
    { keys: 'Shift+N', description: 'Previous series in the active viewport', run: () => actions.cycleSeries(-1) },
    { keys: 'N', description: 'Next series in the active viewport', run: () => actions.cycleSeries(1) },
    { keys: 'W', description: 'Window/level with the left button', run: () => actions.setTool('windowLevel') },
    { keys: 'P', description: 'Pan with the left button (middle button always pans)', run: () => actions.setTool('pan') },
    { keys: 'Z', description: 'Zoom with the left button (right button always zooms)', run: () => actions.setTool('zoom') },
    { keys: 'S', description: 'Scroll slices by dragging with the left button (the wheel always scrolls)', run: () => actions.setTool('scroll') },
    { keys: 'M', description: 'Measure a length', run: () => actions.setTool('length') },
    { keys: 'Delete', description: 'Remove the measurements in the active viewport', run: actions.clearMeasurements },
    { keys: 'F', description: "The file's own window (again: the file's next one)", run: () => actions.windowPreset('file') },
    { keys: 'D', description: 'Window over the full range of the image', run: () => actions.windowPreset('full') },
    { keys: '[', description: 'Narrower window (more contrast)', run: () => actions.scaleWindow(0.85) },
    { keys: ']', description: 'Wider window (less contrast)', run: () => actions.scaleWindow(1 / 0.85) },
    { keys: '-', description: 'Brighter (lower window level)', run: () => actions.shiftWindow(-0.05) },
    { keys: '=', description: 'Darker (higher window level)', run: () => actions.shiftWindow(0.05) },
    { keys: 'I', description: 'Invert', run: actions.invert },
    { keys: 'R', description: 'Reset zoom, pan, window and invert', run: actions.reset },
    { keys: 'L', description: 'Label levels: click the lumbosacral disc on a sagittal image', run: actions.labelLevels },
    { keys: 'Escape', description: 'Stop placing a level or an arrow', run: actions.cancel, enabled: placing },
  ]);
}
