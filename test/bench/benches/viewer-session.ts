// What the viewer benches drive: the renderer built into a temporary folder, real services over
// a real database with studies imported, the preview server, and Debian's Chromium through
// playwright-core. Progress goes to stderr; nothing here prints figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
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
   * opens another page of the server (signed in the same way) instead of the study browser;
   * `render: 'gpu'` makes the viewer draw with WebGL even where it would choose the CPU path.
   */
  newPage(beforeLoad?: (page: Page) => Promise<void>, options?: { cpu?: boolean; path?: string; render?: 'gpu' }): Promise<Page>;
  close(): Promise<void>;
}

/** Image requests in flight and when one last started or ended, per page (the page's own and its workers'). */
const imageActivity = new WeakMap<Page, { inFlight: number; lastAt: number }>();

function trackImageRequests(page: Page): void {
  const state = { inFlight: 0, lastAt: Date.now() };
  const isImage = (request: Request) => new URL(request.url()).pathname.startsWith('/image/');
  page.on('request', (request) => {
    if (!isImage(request)) return;
    state.inFlight++;
    state.lastAt = Date.now();
  });
  const ended = (request: Request) => {
    if (!isImage(request)) return;
    state.inFlight = Math.max(0, state.inFlight - 1);
    state.lastAt = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  imageActivity.set(page, state);
}

/**
 * Waits until no image request is in flight and none has started or ended for `quietMs`
 * (prefetch settled). Counted from the network events, which include the requests the fetch
 * worker makes; the page's resource timing does not see those.
 */
export async function waitForImageRequestsToSettle(page: Page, quietMs = 600): Promise<void> {
  const state = imageActivity.get(page);
  if (!state) throw new Error('the page was not opened by the viewer session');
  for (;;) {
    const quietFor = Date.now() - state.lastAt;
    if (state.inFlight === 0 && quietFor >= quietMs) return;
    await page.waitForTimeout(Math.max(50, quietMs - quietFor));
  }
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
      trackImageRequests(page);
      await beforeLoad?.(page);
      if (options?.path) {
        await page.goto(`${server.origin}${options.path}?token=${server.token}`);
        return page;
      }
      await page.goto(options?.render ? `${server.url}&render=${options.render}` : server.url);
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
