import type { BrowserWindowConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../services/paths.ts';

/** The window's page is the sandboxed, context-isolated renderer; these flags are the baseline. */
export function mainWindowOptions(options: { preloadPath: string; packaged: boolean }): BrowserWindowConstructorOptions {
  return {
    title: PRODUCT_NAME,
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#0b0d10',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spellchecker downloads dictionaries; nothing here may reach the internet.
      spellcheck: false,
      devTools: !options.packaged,
    },
  };
}
