import { z } from 'zod';
import { defineChannel } from '../define.ts';

/**
 * What the native picker offers. On Windows and Linux a dialog cannot pick files and folders at
 * once: 'any' shows a folder picker there (files and folders on macOS).
 */
export const pickerSelections = ['any', 'folders', 'files'] as const;
export type PickerSelection = (typeof pickerSelections)[number];

/** Channels only the desktop app answers; the browser preview replies 'unavailable'. */
export const desktopChannels = {
  'desktop.chooseImportPaths': defineChannel(
    z.object({ select: z.enum(pickerSelections).default('any') }).strict(),
    /** The chosen paths, ready for `import.start`; empty when the user cancelled. */
    z.object({ paths: z.array(z.string()) }),
  ),
};
