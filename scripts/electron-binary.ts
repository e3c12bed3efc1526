// Finds a runnable Electron binary for `npm start` and the Electron end-to-end spec, without
// `require('electron')`: that call tries to download the runtime when it is missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronLookup = { ok: true; executable: string; version: string } | { ok: false; reason: string };

const PROBE_TIMEOUT_MS = 20_000;

/** The installed electron package's folder (resolving its package.json runs none of its code). */
export function electronPackageDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * The `electron` npm package records its executable in path.txt and keeps it in dist/, both
 * written by its first-run download. Where that download failed (no internet) neither exists.
 */
export function locateElectron(packageDir: string | null, env: NodeJS.ProcessEnv = process.env): { ok: true; executable: string } | { ok: false; reason: string } {
  if (!packageDir || !fs.existsSync(path.join(packageDir, 'package.json'))) {
    return { ok: false, reason: 'The electron package is not installed (run `npm install`).' };
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const executable = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return fs.existsSync(executable)
      ? { ok: true, executable }
      : { ok: false, reason: 'ELECTRON_OVERRIDE_DIST_PATH does not contain an Electron executable.' };
  }
  if (!relative) {
    return { ok: false, reason: "Electron's runtime was never downloaded: the electron package fetches it from GitHub on first use, and this machine cannot reach it." };
  }
  const executable = path.join(packageDir, 'dist', relative);
  if (!fs.existsSync(executable)) {
    return { ok: false, reason: "Electron's runtime download is incomplete (its executable is missing); delete node_modules/electron and run `npm install` where GitHub is reachable." };
  }
  return { ok: true, executable };
}

/**
 * Runs the binary as plain Node (ELECTRON_RUN_AS_NODE) to prove it starts on this machine
 * (shared libraries present, right architecture) and to learn its version, without a display.
 */
export function probeElectron(executable: string, env: NodeJS.ProcessEnv = process.env): ElectronLookup {
  const result = spawnSync(executable, ['-e', 'process.stdout.write(String(process.versions.electron ?? ""))'], {
    env: { ...env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    timeout: PROBE_TIMEOUT_MS,
  });
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code ?? result.error.name;
    return { ok: false, reason: `The Electron binary cannot be run here (${code}).` };
  }
  if (result.status !== 0) {
    const firstLine = result.stderr.split('\n').find((line) => line.trim() !== '')?.trim().slice(0, 240);
    const how = result.status === null ? `signal ${result.signal}` : `exit code ${result.status}`;
    return { ok: false, reason: `The Electron binary does not start here (${how}${firstLine ? `: ${firstLine}` : ''}).` };
  }
  const version = result.stdout.trim();
  if (!/^\d+\.\d+\.\d+/.test(version)) return { ok: false, reason: 'The file found in place of Electron is not an Electron binary.' };
  return { ok: true, executable, version };
}

export function findElectron(packageDir: string | null, env: NodeJS.ProcessEnv = process.env): ElectronLookup {
  const located = locateElectron(packageDir, env);
  return located.ok ? probeElectron(located.executable, env) : located;
}

/** A desktop window needs a display; on Linux without one Electron exits with a crash dump. */
export function displayProblem(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return null;
  if (env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'There is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set).';
}

/** Chromium refuses to start as root unless its sandbox is switched off. */
export function rootProblem(uid: number | undefined, platform: NodeJS.Platform, args: readonly string[]): string | null {
  if (platform !== 'linux' || uid !== 0 || args.includes('--no-sandbox')) return null;
  return 'Electron does not run as root with its sandbox on: start it as a normal user (or, for a throwaway check only, `npm start -- --no-sandbox`).';
}

/** What `npm start` prints when the desktop window cannot open: the reason and the way on. */
export function explainUnavailable(reason: string): string {
  return [
    'SpineCorrelate cannot open its desktop window on this machine.',
    `  ${reason}`,
    '',
    'The same app runs in your browser instead, on this computer only, with the same data:',
    '  npx spinecorrelate serve',
    '',
  ].join('\n');
}
