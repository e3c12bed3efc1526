import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayProblem, explainUnavailable, findElectron, locateElectron, rootProblem } from '../../../scripts/electron-binary.ts';
import { useTempDir } from '../../helpers/temp-dir.ts';

const tempDir = useTempDir();

/** An electron package folder as npm leaves it: package.json, and path.txt + dist/ only if the download worked. */
function electronPackage(options: { pathTxt?: string; executable?: string }): string {
  const dir = path.join(tempDir(), 'electron');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  if (options.pathTxt !== undefined) fs.writeFileSync(path.join(dir, 'path.txt'), options.pathTxt);
  if (options.executable !== undefined) {
    const file = path.join(dir, 'dist', options.pathTxt ?? 'electron');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, options.executable, { mode: 0o755 });
  }
  return dir;
}

const cleanEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH };
const unixOnly = process.platform === 'win32' ? it.skip : it;

describe('finding a runnable Electron', () => {
  it('reports a missing package', () => {
    expect(findElectron(null, cleanEnv)).toEqual({ ok: false, reason: expect.stringContaining('npm install') });
    expect(findElectron(path.join(tempDir(), 'nothing'), cleanEnv)).toMatchObject({ ok: false });
  });

  it('reports the state of this machine: package installed, runtime never downloaded', () => {
    const result = findElectron(electronPackage({}), cleanEnv);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('never downloaded') });
  });

  it('reports a download that wrote path.txt but no executable', () => {
    expect(findElectron(electronPackage({ pathTxt: 'electron' }), cleanEnv)).toEqual({ ok: false, reason: expect.stringContaining('incomplete') });
  });

  unixOnly('accepts a binary that starts and says which Electron it is', () => {
    const dir = electronPackage({ pathTxt: 'electron', executable: '#!/bin/sh\n[ "$ELECTRON_RUN_AS_NODE" = 1 ] && printf 45.4.1\n' });
    expect(findElectron(dir, cleanEnv)).toEqual({ ok: true, executable: path.join(dir, 'dist', 'electron'), version: '45.4.1' });
  });

  unixOnly('reports a binary that cannot start here, with the loader\'s first words', () => {
    const dir = electronPackage({
      pathTxt: 'electron',
      executable: '#!/bin/sh\necho "electron: error while loading shared libraries: libnss3.so: cannot open shared object file" >&2\nexit 127\n',
    });
    const result = findElectron(dir, cleanEnv);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('exit code 127: electron: error while loading shared libraries: libnss3.so') });
  });

  unixOnly('reports a file that is not executable or not Electron', () => {
    const notExecutable = electronPackage({ pathTxt: 'electron' });
    fs.mkdirSync(path.join(notExecutable, 'dist'));
    fs.writeFileSync(path.join(notExecutable, 'dist', 'electron'), 'not a program', { mode: 0o644 });
    expect(findElectron(notExecutable, cleanEnv)).toEqual({ ok: false, reason: expect.stringContaining('EACCES') });
    const silent = electronPackage({ pathTxt: 'electron', executable: '#!/bin/sh\nexit 0\n' });
    expect(findElectron(silent, cleanEnv)).toEqual({ ok: false, reason: expect.stringContaining('not an Electron binary') });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const dir = electronPackage({});
    const override = tempDir();
    expect(locateElectron(dir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toMatchObject({ ok: false, reason: expect.stringContaining('ELECTRON_OVERRIDE_DIST_PATH') });
    fs.writeFileSync(path.join(override, 'electron'), '');
    expect(locateElectron(dir, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({ ok: true, executable: path.join(override, 'electron') });
  });
});

describe('displayProblem', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(displayProblem({}, 'linux')).toMatch(/no graphical display/);
    expect(displayProblem({ DISPLAY: ':0' }, 'linux')).toBeNull();
    expect(displayProblem({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBeNull();
    expect(displayProblem({}, 'darwin')).toBeNull();
    expect(displayProblem({}, 'win32')).toBeNull();
  });
});

describe('rootProblem', () => {
  it('stops a root launch on Linux unless the sandbox was switched off on purpose', () => {
    expect(rootProblem(0, 'linux', [])).toMatch(/as root/);
    expect(rootProblem(0, 'linux', ['--no-sandbox'])).toBeNull();
    expect(rootProblem(1000, 'linux', [])).toBeNull();
    expect(rootProblem(undefined, 'win32', [])).toBeNull();
  });
});

describe('explainUnavailable', () => {
  it('gives the reason and the browser alternative, and no stack', () => {
    const text = explainUnavailable('Because.');
    expect(text).toContain('Because.');
    expect(text).toContain('npx spinecorrelate serve');
    expect(text).not.toMatch(/\bat .*:\d+:\d+/);
  });
});
