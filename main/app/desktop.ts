import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import type { PickerSelection } from '../../shared/ipc/channels/desktop.ts';
import type { DesktopPort } from '../services/context.ts';

const PROPERTIES: Record<PickerSelection, OpenDialogOptions['properties']> = {
  // Windows and Linux show a folder picker when both are asked for; macOS offers both.
  any: ['openFile', 'openDirectory', 'multiSelections', 'dontAddToRecent'],
  folders: ['openDirectory', 'multiSelections', 'dontAddToRecent'],
  files: ['openFile', 'multiSelections', 'dontAddToRecent'],
};

/** Study folders often carry patient names: keep them out of the OS "recent documents" list. */
export function importDialogOptions(select: PickerSelection): OpenDialogOptions {
  return {
    title: 'Import DICOM',
    buttonLabel: 'Import',
    properties: PROPERTIES[select],
  };
}

/** A new, empty folder for a research export (created from the dialog where the OS allows). */
export function exportDialogOptions(): OpenDialogOptions {
  return {
    title: 'Export to a new folder',
    buttonLabel: 'Export here',
    properties: ['openDirectory', 'createDirectory', 'promptToCreate', 'dontAddToRecent'],
  };
}

/** The Services.desktop port, backed by Electron's native open dialog. */
export function createDesktopPort(dialog: Pick<Dialog, 'showOpenDialog'>, parentWindow: () => BrowserWindow | null): DesktopPort {
  return {
    async chooseImportPaths(select) {
      const parent = parentWindow();
      const options = importDialogOptions(select);
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseExportFolder() {
      const parent = parentWindow();
      const options = exportDialogOptions();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
