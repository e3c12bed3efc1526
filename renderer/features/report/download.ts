import type { OutputFile } from '../../../shared/ipc/channels/report.ts';
import { saveBlob } from '../../app/save-blob.ts';

/** Saves a file the main side produced: the browser's download (Electron asks where to save it). */
export function downloadFile(file: OutputFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
  saveBlob(file.fileName, new Blob([bytes], { type: file.mimeType }));
}

/** Copies text, with a fallback for pages where the asynchronous clipboard is not allowed. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Fall back to a selection copy below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('The clipboard is not available here: select the text and copy it.');
}
