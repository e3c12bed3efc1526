import fs from 'node:fs';
import type { DesktopPort, Services } from './context.ts';
import { demoImportPathOrNull } from './dicom/demo-import.ts';
import { createImportJobs } from './dicom/import-jobs.ts';
import type { Logger } from './log.ts';
import { appRoot, demoStudyDir } from './paths.ts';
import { openDatabase } from './store/database.ts';

export interface ServiceOptions {
  dataDir: string;
  transport: Services['transport'];
  log: Logger;
  /** Where the demo study lives; defaults to the one shipped in resources/demo. */
  demoDir?: string | null;
  /** Native dialogs; only the Electron app has them. */
  desktop?: DesktopPort;
  /**
   * Start the import workers now and train them on the demo study, so that the first import
   * runs at full speed. Default: in the Electron app, which lives long enough to profit.
   */
  warmUpImports?: boolean;
  /** Where imports run: 'worker' (default) keeps the main thread free; the command line uses 'here'. */
  importThread?: 'worker' | 'here';
}

export function readAppVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(`${appRoot}/package.json`, 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** Opens the database and wires the services every transport shares. */
export function createServices(options: ServiceOptions): Services {
  const db = openDatabase(options.dataDir);
  const demoDir = options.demoDir === undefined ? demoStudyDir : options.demoDir;
  const imports = createImportJobs({ dataDir: options.dataDir, log: options.log, thread: options.importThread ?? 'worker', primeFrom: demoImportPathOrNull(demoDir) });
  if (options.warmUpImports ?? options.transport === 'electron') {
    imports.warmUp().catch((error: unknown) => options.log.error('import-warm-up-failed', error));
  }
  return {
    db,
    dataDir: options.dataDir,
    log: options.log,
    transport: options.transport,
    version: readAppVersion(),
    demoDir,
    desktop: options.desktop,
    imports,
  };
}

/**
 * Closes the database at once and stops running imports (what they committed stays). Import
 * workers hold no connection between imports, so with none running the database is closed —
 * its WAL checkpointed — before this returns its promise.
 */
export async function closeServices(services: Services): Promise<void> {
  const importsStopped = services.imports.close();
  if (services.db.open) services.db.close();
  await importsStopped;
}
