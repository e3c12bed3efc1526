import type { BrowserWindow, Dialog, OpenDialogOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createDesktopPort, importDialogOptions } from '../../../../main/app/desktop.ts';

/** A fake of dialog.showOpenDialog that records what it was asked and answers as told. */
function fakeDialog(answer: { canceled: boolean; filePaths: string[] }) {
  const calls: { parent: unknown; options: OpenDialogOptions }[] = [];
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => {
      const [parent, options] = args.length === 2 ? args : [null, args[0]];
      calls.push({ parent, options: options as OpenDialogOptions });
      return answer;
    },
  } as unknown as Pick<Dialog, 'showOpenDialog'>;
  return { dialog, calls };
}

describe('the native import picker', () => {
  it('asks for what the page wants, several at once, and keeps them out of recent documents', () => {
    expect(importDialogOptions('any').properties).toEqual(['openFile', 'openDirectory', 'multiSelections', 'dontAddToRecent']);
    expect(importDialogOptions('folders').properties).toEqual(['openDirectory', 'multiSelections', 'dontAddToRecent']);
    expect(importDialogOptions('files').properties).toEqual(['openFile', 'multiSelections', 'dontAddToRecent']);
  });

  it('returns the chosen paths, attached to the app window', async () => {
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: ['/media/cdrom', '/data/IM0001'] });
    const window = { id: 1 } as unknown as BrowserWindow;
    expect(await createDesktopPort(dialog, () => window).chooseImportPaths('any')).toEqual(['/media/cdrom', '/data/IM0001']);
    expect(calls[0]!.parent).toBe(window);
  });

  it('returns nothing when cancelled, and works with no window', async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePaths: ['/ignored'] });
    expect(await createDesktopPort(dialog, () => null).chooseImportPaths('folders')).toEqual([]);
    expect(calls[0]!.parent).toBeNull();
  });
});
