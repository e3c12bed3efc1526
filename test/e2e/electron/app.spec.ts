// The desktop app itself, driven through Playwright's _electron where an Electron binary can run.
// On the machines that build this project the runtime cannot be downloaded, so this is skipped
// there with the reason printed; the same renderer is covered through the preview transport.
import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { displayProblem, electronPackageDir, findElectron } from '../../../scripts/electron-binary.ts';
import { buildElectronBundles } from '../../../scripts/electron-bundles.ts';

const root = path.resolve(import.meta.dirname, '../../..');

const lookup = findElectron(electronPackageDir());
const skipReason = lookup.ok ? displayProblem() : lookup.reason;
if (skipReason) console.log(`Electron end-to-end skipped: ${skipReason}`);

test.describe('the desktop app', () => {
  test.skip(skipReason !== null, `Electron cannot run here: ${skipReason}`);

  test('opens its window and answers over IPC as the electron transport', async () => {
    if (!lookup.ok) return;
    if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) throw new Error('Build the renderer first (npm run test:e2e does).');
    await buildElectronBundles({ root });
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-electron-e2e-'));
    const env = { ...process.env } as Record<string, string>;
    delete env.ELECTRON_RUN_AS_NODE;
    const asRoot = process.platform === 'linux' && process.getuid?.() === 0;
    const app = await electron.launch({
      executablePath: lookup.executable,
      args: [root, `--data-dir=${dataDir}`, ...(asRoot ? ['--no-sandbox'] : [])],
      env,
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveTitle('SpineCorrelate');
      expect(page.url()).toBe('app://spinecorrelate/');
      const info = await page.evaluate(() => window.spine?.invoke('app.info', {}));
      expect(info).toMatchObject({ ok: true, value: { transport: 'electron' } });
      // The page got the bridge and nothing else: no Node, no ipcRenderer.
      expect(await page.evaluate(() => Object.keys(window.spine ?? {}).sort())).toEqual(['invoke', 'pathForFile']);
      expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    } finally {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
