// The Electron half of the build: esbuild bundles the main process, the preload and every worker
// entry into dist/main/, and the report PDF's fonts go beside them in dist/main/fonts/. Called by
// scripts/build.ts (full build) and the Electron end-to-end spec.
import { build, type BuildOptions } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLED_FONT_DIR, packagedFontPath, reportFontFiles } from '../main/services/report/pdf/fonts/report-fonts.ts';
import { workerEntries } from '../main/services/worker-script.ts';

/** Loaded by Electron at run time, never bundled: Electron itself and the native SQLite binding. */
export const EXTERNAL_PACKAGES = ['electron', 'better-sqlite3'];

export interface ElectronBundleOptions {
  root: string;
  /** Defaults to <root>/dist/main. It must stay two levels below the root: main/services/paths.ts
   *  finds the app root (package.json, dist/renderer, resources/) as `import.meta.dirname/../..`,
   *  which holds for main/services/*.ts and for dist/main/*.mjs alike. */
  outDir?: string;
}

/** The bundles' file names inside outDir. */
export const BUNDLES = { main: 'app.mjs', preload: 'preload.cjs' } as const;

/** Bundled CommonJS dependencies call require(); ESM has none unless we make one. */
export const ESM_BANNER = "import { createRequire as __spineCreateRequire } from 'node:module'; const require = __spineCreateRequire(import.meta.url);";

/**
 * The report PDF's font files (and their licences) into outDir/fonts, where the bundles read them
 * (main/services/report/pdf/fonts/report-fonts.ts): the font packages are build-time
 * dependencies, and dist/** is what the packaged app holds.
 */
export function copyReportFonts(outDir: string): void {
  const fontDir = path.join(outDir, BUNDLED_FONT_DIR);
  fs.mkdirSync(fontDir, { recursive: true });
  const { fonts, licences } = reportFontFiles();
  for (const file of [...fonts, ...licences]) fs.copyFileSync(packagedFontPath(file), path.join(fontDir, file.name));
}

export async function buildElectronBundles(options: ElectronBundleOptions): Promise<string> {
  const outDir = options.outDir ?? path.join(options.root, 'dist', 'main');
  const common: BuildOptions = {
    absWorkingDir: options.root,
    bundle: true,
    platform: 'node',
    external: EXTERNAL_PACKAGES,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  };
  const esmEntries: Record<string, string> = { [path.basename(BUNDLES.main, '.mjs')]: 'main/app/main.ts' };
  for (const [name, source] of Object.entries(workerEntries as Record<string, string>)) esmEntries[name] = source;

  await Promise.all([
    build({
      ...common,
      entryPoints: esmEntries,
      outdir: outDir,
      format: 'esm',
      target: 'node24',
      outExtension: { '.js': '.mjs' },
      banner: { js: ESM_BANNER },
    }),
    build({
      ...common,
      // A sandboxed preload is one CommonJS script that may require only 'electron'.
      entryPoints: ['main/preload/preload.ts'],
      outfile: path.join(outDir, BUNDLES.preload),
      format: 'cjs',
      target: 'es2023',
      external: ['electron'],
    }),
  ]);
  copyReportFonts(outDir);
  return outDir;
}
