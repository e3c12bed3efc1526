// Builds what the app runs from: the renderer (Vite) into dist/renderer, the demo study into
// resources/demo, then the Electron main process, preload and worker bundles (esbuild) into
// dist/main. `--renderer-only` skips the Electron part (the end-to-end tests run the preview).
import path from 'node:path';
import { build } from 'vite';
import { ensureDemoStudy } from '../test/fixtures/phantom/write-demo.ts';
import { buildElectronBundles } from './electron-bundles.ts';

const root = path.resolve(import.meta.dirname, '..');
const rendererOnly = process.argv.includes('--renderer-only');

await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
// The demo study the app ships (resources/demo; its DICOM files are in resources/demo/study).
const demo = ensureDemoStudy(path.join(root, 'resources', 'demo'));
if (demo.written) console.log(`demo study written: ${path.relative(root, demo.studyDir)}`);
if (!rendererOnly) await buildElectronBundles({ root });
