import { saveBlob } from '../../app/save-blob.ts';

/** Saves text as a file the way a browser does: the preview downloads it, Electron asks where. */
export function downloadText(fileName: string, text: string): void {
  saveBlob(fileName, new Blob([text], { type: 'application/json' }));
}
