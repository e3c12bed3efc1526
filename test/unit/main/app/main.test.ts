import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLES, buildElectronBundles } from '../../../../scripts/electron-bundles.ts';
import { useTempDir } from '../../../helpers/temp-dir.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const harness = path.join(import.meta.dirname, 'harness', 'run-main.ts');
const tempDir = useTempDir();

interface Report {
  calls: string[];
  errorBoxes: string[];
  navigationListeners: number[];
  page: { status: number; csp: string | null; body: string } | null;
  fileStatus: number | null;
  appInfo: unknown;
  foreignCall: unknown;
  windowOptions: { webPreferences: Record<string, unknown>; backgroundColor: string } | null;
  preloadExists: boolean;
  loadedUrl: string | null;
  walBeforeQuit: boolean;
  walAfterQuit: boolean;
  logExists: boolean;
}

/** An app folder as packaged: package.json, dist/renderer, and the bundles in dist/main. */
async function runBundledMain(): Promise<{ report: Report; dataDir: string }> {
  const appRoot = tempDir();
  fs.writeFileSync(path.join(appRoot, 'package.json'), JSON.stringify({ name: 'spinecorrelate', version: '7.7.7' }));
  fs.mkdirSync(path.join(appRoot, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appRoot, 'dist', 'renderer', 'index.html'), '<!doctype html><title>SpineCorrelate</title>');
  await buildElectronBundles({ root: repoRoot, outDir: path.join(appRoot, 'dist', 'main') });
  const dataDir = path.join(tempDir(), 'data');
  const output = execFileSync(process.execPath, [harness, path.join(appRoot, 'dist', 'main', BUNDLES.main), repoRoot, dataDir], {
    encoding: 'utf8',
    env: { ...process.env, SPINECORRELATE_DATA: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { report: JSON.parse(output) as Report, dataDir };
}

describe('the bundled Electron entry, on a fake Electron', () => {
  it('starts in the order Electron needs, serves the app, answers IPC and closes the database', async () => {
    const { report, dataDir } = await runBundledMain();
    const { calls } = report;
    const at = (prefix: string) => calls.findIndex((call) => call.startsWith(prefix));

    expect(report.errorBoxes).toEqual([]);
    // The data folder is the user-data folder, set before the single-instance lock keys on it.
    expect(calls).toContain(`app.setPath userData ${dataDir}`);
    expect(at('app.setPath userData')).toBeLessThan(at('app.requestSingleInstanceLock'));
    // Privileged schemes must be registered before ready; handlers and the window after.
    expect(at('protocol.registerSchemesAsPrivileged')).toBeLessThan(at('ready'));
    expect(calls[at('protocol.registerSchemesAsPrivileged')]).toContain('"secure":true');
    for (const step of ['protocol.handle app', 'protocol.handle file', 'ipcMain.handle spine:rpc', 'Menu.setApplicationMenu', 'new BrowserWindow']) {
      expect(at(step), step).toBeGreaterThan(at('ready'));
    }

    // Every web contents gets the security rules.
    expect(report.navigationListeners).toEqual([1, 1, 1, 1]);
    expect(calls).toEqual(expect.arrayContaining(['contents.setWindowOpenHandler', 'session.setPermissionRequestHandler', 'session.setPermissionCheckHandler']));

    expect(report.page).toMatchObject({ status: 200, body: expect.stringContaining('<title>SpineCorrelate</title>') });
    expect(report.page?.csp).toContain("default-src 'none'");
    expect(report.fileStatus).toBe(403);
    expect(report.appInfo).toEqual({ ok: true, value: { version: '7.7.7', transport: 'electron', demoAvailable: false } });
    expect(report.foreignCall).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    expect(report.windowOptions?.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(report.preloadExists).toBe(true);
    expect(report.loadedUrl).toBe('app://spinecorrelate/');

    expect(report.walBeforeQuit).toBe(true);
    expect(report.walAfterQuit).toBe(false);
    expect(report.logExists).toBe(true);
  });
});
