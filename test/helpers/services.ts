import { afterEach } from 'vitest';
import type { Services } from '../../main/services/context.ts';
import { createImportJobs } from '../../main/services/dicom/import-jobs.ts';
import { silentLogger } from '../../main/services/log.ts';
import { openMemoryDatabase } from '../../main/services/store/database.ts';

const opened: Services[] = [];
afterEach(async () => {
  for (const services of opened.splice(0)) {
    await services.imports.close();
    if (services.db.open) services.db.close();
  }
});

/**
 * Services over an in-memory database with the real schema, for tests of handlers and
 * transports that do not import files (imports need a database file: use createServices).
 */
export function testServices(overrides: Partial<Services> = {}): Services {
  const services: Services = {
    db: openMemoryDatabase(),
    dataDir: '/nonexistent',
    log: silentLogger,
    transport: 'preview',
    version: '0.0.0-test',
    demoDir: null,
    imports: createImportJobs({ dataDir: '/nonexistent', log: silentLogger }),
    ...overrides,
  };
  opened.push(services);
  return services;
}
