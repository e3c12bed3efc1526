import fs from 'node:fs';
import type { DesktopPort, Services } from './context.ts';
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
}

export function readAppVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(`${appRoot}/package.json`, 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** Opens the database and wires the services every transport shares. */
export function createServices(options: ServiceOptions): Services {
  const db = openDatabase(options.dataDir);
  return {
    db,
    dataDir: options.dataDir,
    log: options.log,
    transport: options.transport,
    version: readAppVersion(),
    demoDir: options.demoDir === undefined ? demoStudyDir : options.demoDir,
    desktop: options.desktop,
    imports: createImportJobs({ dataDir: options.dataDir, log: options.log }),
  };
}

/** Stops running imports (what they committed stays) and closes the database. */
export async function closeServices(services: Services): Promise<void> {
  await services.imports.close();
  if (services.db.open) services.db.close();
}
