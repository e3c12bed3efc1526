// Builds what the app runs from: the renderer (Vite) into dist/renderer, then the Electron main
// process, preload and worker bundles (esbuild) into dist/main. `--renderer-only` skips the
// Electron part (used by the end-to-end tests, which run the preview transport).
import path from 'node:path';
import { build } from 'vite';
import { buildElectronBundles } from './electron-bundles.ts';

const root = path.resolve(import.meta.dirname, '..');
const rendererOnly = process.argv.includes('--renderer-only');

await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
if (!rendererOnly) {
  await buildElectronBundles({ root });
}
