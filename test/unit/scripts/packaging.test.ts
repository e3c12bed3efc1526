import { FuseV1Options } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import afterPack, { fuseConfig, packagedExecutable } from '../../../scripts/after-pack.ts';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the Electron fuses of a packaged build', () => {
  it('turn off everything that lets another program run code in the app', () => {
    const fuses = fuseConfig({});
    expect(fuses[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuses[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuses[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuses[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuses[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('keep --inspect on for a test build only, so Playwright can attach', () => {
    expect(fuseConfig({ SPINECORRELATE_TEST_BUILD: '1' })[FuseV1Options.EnableNodeCliInspectArguments]).toBe(true);
    expect(fuseConfig({ SPINECORRELATE_TEST_BUILD: 'yes' })[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuseConfig({ SPINECORRELATE_TEST_BUILD: '1' })[FuseV1Options.RunAsNode]).toBe(false);
  });

  it('are flipped on the executable electron-builder wrote for each platform', () => {
    const context = (electronPlatformName: string) =>
      ({ appOutDir: '/out/x', electronPlatformName, packager: { appInfo: { productFilename: 'SpineCorrelate' }, executableName: 'spinecorrelate' } }) as unknown as AfterPackContext;
    expect(packagedExecutable(context('darwin'))).toBe(path.join('/out/x', 'SpineCorrelate.app'));
    expect(packagedExecutable(context('win32'))).toBe(path.join('/out/x', 'SpineCorrelate.exe'));
    expect(packagedExecutable(context('linux'))).toBe(path.join('/out/x', 'spinecorrelate'));
  });
});

describe('electron-builder.yml', () => {
  // electron-builder's own loader and schema validator, reached through the electron-builder package.
  const builderRequire = createRequire(createRequire(import.meta.url).resolve('electron-builder'));
  const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config.js') as {
    getConfig(dir: string, file: string, extra: null): Promise<Record<string, unknown>>;
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { resolveFunction } = builderRequire('app-builder-lib/out/util/resolve.js') as {
    resolveFunction(type: string, executor: unknown, name: string, root: string): Promise<unknown>;
  };
  const { DebugLogger } = builderRequire('builder-util') as { DebugLogger: new () => unknown };

  it('passes electron-builder validation and names the fuse hook it will load', async () => {
    const previous = process.cwd();
    process.chdir(root);
    try {
      const config = await getConfig(root, 'electron-builder.yml', null);
      await validateConfiguration(config, new DebugLogger());
      expect(config).toMatchObject({ productName: 'SpineCorrelate', asar: true, npmRebuild: false });
      expect(config.asarUnpack).toEqual(expect.arrayContaining([expect.stringContaining('better-sqlite3')]));
      // Loaded by electron-builder's own loader (Node's require), so a separate module instance.
      const hook = (await resolveFunction('app', config.afterPack, 'afterPack', root)) as typeof afterPack;
      expect(typeof hook).toBe('function');
      expect(hook.name).toBe(afterPack.name);
    } finally {
      process.chdir(previous);
    }
  });
});
