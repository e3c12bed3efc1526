import type { Services } from '../../../../../../main/services/context.ts';
import { closeServices, createServices } from '../../../../../../main/services/create-services.ts';
import { silentLogger } from '../../../../../../main/services/log.ts';
import { afterEach } from 'vitest';
import { seedStudy, type SeedStudy } from './seed-study.ts';

export const STUDY = '1.2.826.0.1.3680043.8.498.1001';

/** Real services on a real database file in a fresh folder, closed after the test. */
export function useServices(tempDir: () => string): (studies?: SeedStudy[]) => Services {
  const open: Services[] = [];
  afterEach(async () => {
    for (const services of open.splice(0)) await closeServices(services);
  });
  return (studies = [{ studyInstanceUID: STUDY }]) => {
    const services = createServices({ dataDir: tempDir(), transport: 'preview', log: silentLogger, demoDir: null });
    open.push(services);
    for (const study of studies) seedStudy(services.db, study);
    return services;
  };
}
