// What the viewer benches drive: the renderer built into a temporary folder, real services over
// a real database with studies imported, the preview server, and Debian's Chromium through
// playwright-core. Progress goes to stderr; nothing here prints figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { startPreviewServer, type PreviewServer } from '../../../main/preview/server.ts';
import type { Services } from '../../../main/services/context.ts';
import { closeServices, createServices } from '../../../main/services/create-services.ts';
import { createLogger } from '../../../main/services/log.ts';
import { CHROMIUM_FLAGS } from '../../../playwright.config.ts';

const root = path.resolve(import.meta.dirname, '../../..');

export interface ViewerSession {
  server: PreviewServer;
  services: Services;
  /** The built renderer the server serves; a bench may build a page of its own into a folder of it. */
  rendererDir: string;
  /**
   * A fresh page signed in to the preview server, on the study browser; `beforeLoad` runs before
   * it navigates. `cpu` uses a second Chromium without WebGL (Cornerstone's CPU path); `path`
   * opens another page of the server (signed in the same way) instead of the study browser.
   */
  newPage(beforeLoad?: (page: Page) => Promise<void>, options?: { cpu?: boolean; path?: string }): Promise<Page>;
  close(): Promise<void>;
}

function progress(line: string): void {
  process.stderr.write(`  ${line}\n`);
}

export async function startViewerSession(studyFolders: readonly string[]): Promise<ViewerSession> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-bench-viewer-'));
  const rendererDir = path.join(work, 'renderer');
  progress('building the renderer…');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir: rendererDir, emptyOutDir: true } });

  const services = createServices({ dataDir: path.join(work, 'data'), transport: 'preview', log: createLogger(() => {}), demoDir: null });
  for (const folder of studyFolders) {
    progress(`importing ${path.basename(folder)}…`);
    const done = await services.imports.finished(services.imports.start([folder]));
    if (done.state !== 'done') throw new Error(`import of ${folder} ended ${done.state}`);
  }
  const server = await startPreviewServer({ services, rendererDir });
  const browsers: Browser[] = [];
  const contexts = new Map<boolean, BrowserContext>();
  const contextFor = async (cpu: boolean): Promise<BrowserContext> => {
    let context = contexts.get(cpu);
    if (!context) {
      const args = cpu ? [...CHROMIUM_FLAGS, '--disable-software-rasterizer'] : CHROMIUM_FLAGS;
      const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args });
      browsers.push(browser);
      context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
      contexts.set(cpu, context);
    }
    return context;
  };
  return {
    server,
    services,
    rendererDir,
    async newPage(beforeLoad, options) {
      const page = await (await contextFor(options?.cpu ?? false)).newPage();
      await beforeLoad?.(page);
      if (options?.path) {
        await page.goto(`${server.origin}${options.path}?token=${server.token}`);
        return page;
      }
      await page.goto(server.url);
      await page.locator('.brand').waitFor();
      return page;
    },
    async close() {
      for (const browser of browsers) await browser.close();
      await server.close();
      await closeServices(services);
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
