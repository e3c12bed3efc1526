import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../../main/app/window-options.ts';

describe('mainWindowOptions', () => {
  it('keeps the renderer sandboxed, context-isolated and without Node', () => {
    const prefs = mainWindowOptions({ preloadPath: '/app/dist/main/preload.cjs', packaged: true }).webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/dist/main/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
  });

  it('turns DevTools off in packaged builds only', () => {
    expect(mainWindowOptions({ preloadPath: 'p', packaged: true }).webPreferences!.devTools).toBe(false);
    expect(mainWindowOptions({ preloadPath: 'p', packaged: false }).webPreferences!.devTools).toBe(true);
  });

  it('opens hidden on the app background with a usable minimum size', () => {
    const options = mainWindowOptions({ preloadPath: 'p', packaged: true });
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toBe('#0b0d10');
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.minHeight).toBeGreaterThanOrEqual(600);
  });
});
