// Builds what the app runs from: the renderer (Vite) into dist/renderer. `--renderer-only`
// skips the rest (used by the end-to-end tests, which run the preview transport).
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const rendererOnly = process.argv.includes('--renderer-only');

await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
if (!rendererOnly) {
  // The Electron main/preload bundles and the demo study join here as they land.
}
