import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { writeDemoStudy } from '../../fixtures/phantom/write-demo.ts';
import { IMAGE_CACHE_BYTES } from '../../../renderer/viewer/cornerstone/cache-limit.ts';
import type { Bench } from '../bench.ts';
import { BENCH_DIR, benchPrerequisites, openToFirstImage, progress } from './viewer-open.ts';
import { scrollComparison } from './viewer-scroll.ts';
import { median, startViewerSession } from './viewer-session.ts';

const OPEN_RUNS = 5;

/**
 * Resident memory of every process this bench started — Chromium and its renderer, GPU and
 * utility processes (the import workers are threads of this process) — MiB.
 */
function browserRssMiB(ancestor: number = process.pid): number {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const tree = new Set([ancestor]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of table) {
      if (tree.has(ppid) && !tree.has(pid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  tree.delete(ancestor);
  return Math.round(table.filter(([pid]) => tree.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024);
}

/** Collects garbage in the page, then reads V8's heap: JS objects and ArrayBuffer backing stores (decoded pixels, file bytes), MiB. */
async function pageHeapMiB(page: Page): Promise<{ jsMiB: number; arrayBuffersMiB: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
    return { jsMiB: Math.round(usage.usedSize / 2 ** 20), arrayBuffersMiB: Math.round((usage.backingStorageSize ?? 0) / 2 ** 20) };
  } finally {
    await cdp.detach();
  }
}

async function cacheMiB(page: Page): Promise<number> {
  return Math.round(Number(await page.locator('[data-testid="viewer"]').getAttribute('data-cache-bytes')) / 2 ** 20);
}

/** Scrolls the active viewport from its first slice to its last, waiting for each to show. */
async function scrollWholeSeries(page: Page): Promise<number> {
  await page.keyboard.press('Home');
  const viewport = page.locator('[data-testid="viewport"][data-slot="0"]');
  const count = Number(await viewport.getAttribute('data-count'));
  await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="viewport"][data-slot="0"]')?.dataset.index === '0');
  for (let i = 1; i < count; i++) {
    await page.evaluate(() => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true })));
    await page.waitForFunction((index) => {
      const vp = document.querySelector<HTMLElement>('[data-testid="viewport"][data-slot="0"]')!;
      return vp.dataset.index === String(index) && vp.dataset.sopUid !== '';
    }, i);
  }
  return count;
}

/**
 * The viewer in Chromium on the built renderer: open-to-first-image on the demo study and the
 * 2,000-instance, 512×512 bench study (cold and warm), frame time while scrolling the bench
 * study's 500-slice sagittal T2, and memory while every image of three of its series passes
 * through the viewer and after the study is closed.
 */
export const viewerBench: Bench = {
  name: 'viewer',
  async run() {
    const missing = benchPrerequisites();
    if (missing) return missing;
    const demoRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-bench-demo-'));
    const demo = writeDemoStudy(demoRoot);
    const session = await startViewerSession([BENCH_DIR, demo.studyDir]);
    try {
      const figures: Record<string, number | string | boolean | null> = {};
      for (const study of ['demo', 'bench'] as const) {
        for (const cold of [true, false]) {
          const runs: number[] = [];
          for (let i = 0; i < OPEN_RUNS; i++) {
            const { page, ms } = await openToFirstImage(session, study, cold);
            runs.push(ms);
            await page.close();
          }
          progress(`${study} ${cold ? 'cold' : 'warm'} open→first image: ${runs.map(Math.round).join(' / ')} ms`);
          figures[`${study}OpenToFirstImage${cold ? 'Cold' : 'Warm'}MedianMs`] = Math.round(median(runs));
          figures[`${study}OpenToFirstImage${cold ? 'Cold' : 'Warm'}RunsMs`] = runs.map(Math.round).join(' / ');
        }
      }
      figures.firstImageTargetMs = 300;

      // Scrolling the 512×512 sagittal T2 (500 slices) of the bench study, on both rendering
      // paths, and on a bare Cornerstone page for comparison.
      Object.assign(figures, await scrollComparison(session));
      figures.frameTargetMs = 17;

      // Memory: every image of three 500-image series through viewport 1, then close the study.
      const { page } = await openToFirstImage(session, 'bench', false);
      const rssOpen = browserRssMiB();
      const heapOpen = await pageHeapMiB(page);
      await page.keyboard.press('v');
      await page.locator('[data-testid="viewer"][data-keyboard="true"]').waitFor();
      await page.keyboard.press('1');
      progress('memory: scrolling three whole series of the bench study…');
      let images = 0;
      for (let s = 0; s < 3; s++) {
        if (s > 0) await page.keyboard.press('n');
        images += await scrollWholeSeries(page);
      }
      figures.memoryImagesViewed = images;
      figures.memoryCacheLimitMiB = Math.round(IMAGE_CACHE_BYTES / 2 ** 20);
      figures.memoryCacheAfterViewingMiB = await cacheMiB(page);
      const heapViewing = await pageHeapMiB(page);
      figures.memoryPageAfterOpenMiB = heapOpen.jsMiB + heapOpen.arrayBuffersMiB;
      figures.memoryPageAfterViewingMiB = heapViewing.jsMiB + heapViewing.arrayBuffersMiB;
      figures.memoryPageArrayBuffersAfterViewingMiB = heapViewing.arrayBuffersMiB;
      figures.memoryBrowserRssAfterOpenMiB = rssOpen;
      figures.memoryBrowserRssAfterViewingMiB = browserRssMiB();
      await page.keyboard.press('Alt+1');
      await page.getByTestId('study-list').waitFor();
      await page.waitForTimeout(1000);
      const heapClosed = await pageHeapMiB(page);
      figures.memoryPageAfterCloseMiB = heapClosed.jsMiB + heapClosed.arrayBuffersMiB;
      figures.memoryBrowserRssAfterCloseMiB = browserRssMiB();
      await page.close();
      return figures;
    } finally {
      await session.close();
      fs.rmSync(demoRoot, { recursive: true, force: true });
    }
  },
};
