import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'SpineCorrelate';

/**
 * The folder Electron's app.getPath('userData') gives for this product, computed without
 * Electron so the command line and the app share one database by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.SPINECORRELATE_DATA) return path.resolve(env.SPINECORRELATE_DATA);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), PRODUCT_NAME);
}

/** The repository (or packaged app) root: two levels above main/services, and above dist/main for the Electron bundles. */
export const appRoot = path.resolve(import.meta.dirname, '..', '..');

export const rendererBuildDir = path.join(appRoot, 'dist', 'renderer');
/** The bundled demo study's DICOM files (the full build writes them; resources/demo holds its manifest). */
export const demoStudyDir = path.join(appRoot, 'resources', 'demo', 'study');
