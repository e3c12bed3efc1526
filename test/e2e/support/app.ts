import { test as base, expect, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPreviewServer, type PreviewServer } from '../../../main/preview/server.ts';
import type { Services } from '../../../main/services/context.ts';
import { closeServices, createServices } from '../../../main/services/create-services.ts';
import { createLogger } from '../../../main/services/log.ts';
import { demoStudyDir, rendererBuildDir } from '../../../main/services/paths.ts';

/**
 * The app as a user sees it: the real renderer in Chromium, talking through the preview transport
 * to real services, a real SQLite database in a fresh folder, and real DICOM files. Waits are on
 * states the app shows (data-state, roles), never on sleeps.
 */
export class AppPage {
  readonly page: Page;
  readonly server: PreviewServer;
  readonly services: Services;
  readonly dataDir: string;

  constructor(page: Page, server: PreviewServer, services: Services, dataDir: string) {
    this.page = page;
    this.server = server;
    this.services = services;
    this.dataDir = dataDir;
  }

  async open(): Promise<void> {
    await this.page.goto(this.server.url);
    await expect(this.page.locator('.brand')).toHaveText('SpineCorrelate');
  }

  async importPath(...paths: string[]): Promise<void> {
    await this.page.getByPlaceholder(/Path to a folder/).fill(paths.join('\n'));
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
  }

  importProgress(): Locator {
    return this.page.getByTestId('import-progress');
  }

  async waitForImport(state: 'done' | 'cancelled' | 'failed' = 'done'): Promise<void> {
    await expect(this.importProgress()).toHaveAttribute('data-state', state, { timeout: 60_000 });
  }

  rejectedFiles(): Locator {
    return this.page.getByTestId('rejected-files');
  }

  seriesCards(): Locator {
    return this.page.getByTestId('series-card');
  }
}

export const test = base.extend<{ app: AppPage; demoDir: string | null; render: 'gpu' | null }>({
  demoDir: [demoStudyDir, { option: true }],
  /** 'gpu': the viewer draws with WebGL even on this software rasteriser, where it would choose the CPU path. */
  render: [null, { option: true }],
  app: async ({ page, demoDir, render }, use) => {
    if (!fs.existsSync(path.join(rendererBuildDir, 'index.html'))) {
      throw new Error('The renderer is not built: run `node scripts/build.ts --renderer-only` (npm run test:e2e does).');
    }
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-'));
    const services = createServices({ dataDir, transport: 'preview', log: createLogger(() => {}), demoDir });
    const server = await startPreviewServer({ services, rendererDir: rendererBuildDir });
    const app = new AppPage(page, render ? { ...server, url: `${server.url}&render=${render}` } : server, services, dataDir);
    await use(app);
    await server.close();
    await closeServices(services);
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
