// electron-builder's afterPack hook (electron-builder.yml): flips the Electron fuses of the
// packaged binary before it is signed. A test build (SPINECORRELATE_TEST_BUILD=1) keeps the
// --inspect fuse on, because Playwright's _electron drives the app through the inspector.
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import type { AfterPackContext, LinuxPackager } from 'electron-builder';
import path from 'node:path';

export const TEST_BUILD_ENV = 'SPINECORRELATE_TEST_BUILD';

export function isTestBuild(env: NodeJS.ProcessEnv): boolean {
  return env[TEST_BUILD_ENV] === '1';
}

export function fuseConfig(env: NodeJS.ProcessEnv): FuseV1Config {
  return {
    version: FuseVersion.V1,
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: isTestBuild(env),
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // Checked on macOS and Windows; electron-builder writes the archive's hash.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // The app is served from app://, never file://.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
  };
}

/** Where electron-builder put the app's Electron executable for this platform. */
export function packagedExecutable(context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'packager'>): string {
  const { productFilename } = context.packager.appInfo;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${productFilename}.exe`);
    default:
      return path.join(context.appOutDir, (context.packager as LinuxPackager).executableName);
  }
}

export default async function afterPack(context: AfterPackContext): Promise<void> {
  const executable = packagedExecutable(context);
  await flipFuses(executable, fuseConfig(process.env));
  if (isTestBuild(process.env)) process.stderr.write(`afterPack: TEST BUILD — the --inspect fuse is left on (${TEST_BUILD_ENV}=1). Do not ship this build.\n`);
}
