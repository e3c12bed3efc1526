import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { hasBenchStudy, writeBenchStudy } from '../../fixtures/bench/write-bench.ts';
import { writeDemoStudy } from '../../fixtures/phantom/write-demo.ts';
import { IMAGE_CACHE_BYTES } from '../../../renderer/viewer/cornerstone/cache-limit.ts';
import type { Bench } from '../bench.ts';
import { median, percentile, startViewerSession, type ViewerSession } from './viewer-session.ts';

const GENERATED = path.resolve(import.meta.dirname, '../../fixtures/generated');
const BENCH_DIR = path.join(GENERATED, 'bench-2000');
const OPEN_RUNS = 5;
const STUDIES = {
  bench: { description: 'MRI LUMBAR SPINE BENCHMARK', imageSeries: 4 },
  demo: { description: 'MRI LUMBAR SPINE WO CONTRAST', imageSeries: 3 },
} as const;

const round1 = (v: number) => Math.round(v * 10) / 10;

function progress(line: string): void {
  process.stderr.write(`  ${line}\n`);
}

declare global {
  interface Window {
    __benchOpenAt?: number;
  }
}

/**
 * Opens a study from the study browser and returns the milliseconds from the click to the first
 * image rendered in the first viewport (the viewer's performance mark). Cold: the page's image
 * requests are refused until the click, so no thumbnail has put anything in Cornerstone's cache
 * or started its decoder; warm: the study browser's thumbnails have loaded first, as they do
 * when a reader selects a study.
 */
async function openToFirstImage(session: ViewerSession, study: keyof typeof STUDIES, cold: boolean, cpu = false): Promise<{ page: Page; ms: number }> {
  const page = await session.newPage(
    async (p) => {
      if (cold) await p.route('**/image/**', (route) => route.abort());
    },
    { cpu },
  );
  await page.getByTestId('study-row').filter({ hasText: STUDIES[study].description }).click();
  const thumbnails = `[data-testid="series-thumbnail"] .image-thumbnail[data-state="${cold ? 'failed' : 'ready'}"]`;
  await page
    .waitForFunction(([selector, count]) => document.querySelectorAll(selector).length === count, [thumbnails, STUDIES[study].imageSeries] as const, { timeout: 60_000 })
    .catch(async (error: unknown) => {
      const states = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.image-thumbnail')].map((e) => e.dataset.state).join(','));
      throw new Error(`thumbnails of ${study} did not all become ${cold ? 'failed' : 'ready'} (${states}): ${String(error)}`);
    });
  if (cold) await page.unroute('**/image/**');
  await page.evaluate(() => {
    window.__benchOpenAt = performance.now();
    document.querySelector<HTMLButtonElement>('button[title="Open for reading (Enter)"]')!.click();
  });
  await page.locator('[data-testid="viewer"]:not([data-first-image-ms=""])').waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(() => performance.getEntriesByName('spinecorrelate:first-image').at(-1)!.startTime - window.__benchOpenAt!);
  return { page, ms };
}

/** Waits until no image request has started for `quietMs` (prefetch settled). */
async function waitForImageRequestsToSettle(page: Page, quietMs = 600): Promise<number> {
  let last = -1;
  for (;;) {
    const count = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/image/')).length);
    if (count === last) return count;
    last = count;
    await page.waitForTimeout(quietMs);
  }
}

interface ScrollRun {
  /** Intervals between animation frames while scrolling. */
  frameMs: number[];
  /** Intervals between Cornerstone renders of viewport 1 (a new slice on screen each). */
  renderMs: number[];
  renders: number;
  distinctSlices: number;
  elapsedMs: number;
}

/**
 * Presses ArrowDown (or Up) every 16.7 ms for `steps` presses — as input arrives, between frames
 * (a key sent from inside an animation-frame callback would defer Cornerstone's render of it to
 * the next frame) — recording frame intervals, Cornerstone's render events on viewport 1 and the
 * slices it showed.
 */
async function scrollAtDisplayRate(page: Page, steps: number, key: 'ArrowDown' | 'ArrowUp'): Promise<ScrollRun> {
  return page.evaluate(
    ({ steps, key }) =>
      new Promise<ScrollRun>((resolve) => {
        const viewport = document.querySelector<HTMLElement>('[data-testid="viewport"][data-slot="0"]')!;
        const element = viewport.querySelector<HTMLElement>('.cornerstone-element')!;
        const renderTimes: number[] = [];
        const onRender = () => renderTimes.push(performance.now());
        element.addEventListener('CORNERSTONE_IMAGE_RENDERED', onRender);
        const seen = new Set<string>();
        const frameMs: number[] = [];
        let previous = 0;
        let running = true;
        const frame = (t: number) => {
          if (previous) frameMs.push(t - previous);
          previous = t;
          seen.add(viewport.dataset.index ?? '');
          if (running) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
        const start = performance.now();
        let sent = 0;
        const press = () => {
          window.dispatchEvent(new KeyboardEvent('keydown', { key }));
          if (++sent < steps) {
            setTimeout(press, Math.max(0, start + sent * (1000 / 60) - performance.now()));
            return;
          }
          setTimeout(() => {
            running = false;
            element.removeEventListener('CORNERSTONE_IMAGE_RENDERED', onRender);
            const renderMs = renderTimes.slice(1).map((t, i) => t - renderTimes[i]!);
            resolve({ frameMs, renderMs, renders: renderTimes.length, distinctSlices: seen.size, elapsedMs: performance.now() - start });
          }, 100);
        };
        press();
      }),
    { steps, key },
  );
}

/** Frame and slice times while scrolling viewport 1 a slice per display frame: 30 steps inside the prefetched slices, then 150 on. */
async function scrollFigures(page: Page, path: 'gpu' | 'cpu'): Promise<Record<string, number>> {
  await page.keyboard.press('v'); // the keyboard on the images (the findings list shares the arrows)
  await page.locator('[data-testid="viewer"][data-keyboard="true"]').waitFor();
  await page.keyboard.press('1'); // the sagittal T2 viewport
  await waitForImageRequestsToSettle(page);
  const down = await scrollAtDisplayRate(page, 10, 'ArrowDown');
  const up = await scrollAtDisplayRate(page, 20, 'ArrowUp');
  const warm = { frameMs: [...down.frameMs, ...up.frameMs], renderMs: [...down.renderMs, ...up.renderMs], renders: down.renders + up.renders };
  await waitForImageRequestsToSettle(page);
  const long = await scrollAtDisplayRate(page, 150, 'ArrowDown');
  progress(`${path}: ${median(warm.frameMs).toFixed(1)} ms/frame, ${median(warm.renderMs).toFixed(1)} ms between slices (${warm.renders} renders / 30 steps); 150 on: ${median(long.renderMs).toFixed(1)} ms between slices`);
  const p = path === 'gpu' ? 'scrollGpu' : 'scrollCpu';
  return {
    [`${p}PrefetchedMedianFrameMs`]: round1(median(warm.frameMs)),
    [`${p}PrefetchedP95FrameMs`]: round1(percentile(warm.frameMs, 95)),
    [`${p}PrefetchedRendersPer30Steps`]: warm.renders,
    [`${p}PrefetchedMedianMsBetweenSlices`]: round1(median(warm.renderMs)),
    [`${p}PrefetchedP95MsBetweenSlices`]: round1(percentile(warm.renderMs, 95)),
    [`${p}LongRendersPer150Steps`]: long.renders,
    [`${p}LongMedianMsBetweenSlices`]: round1(median(long.renderMs)),
    [`${p}LongSlicesPerSecond`]: Math.round((long.renders / long.elapsedMs) * 1000),
  };
}

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
    await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' })));
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
    if (!fs.existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) return { skipped: 'Chromium is not installed (apt-get install chromium)' };
    if (!hasBenchStudy(BENCH_DIR)) {
      progress('writing the 2,000-instance bench study (about 1 GB, once)…');
      writeBenchStudy(BENCH_DIR);
    }
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

      // Scrolling the 512×512 sagittal T2 (500 slices) of the bench study, on both rendering paths.
      const cpuPage = (await openToFirstImage(session, 'bench', false, true)).page;
      Object.assign(figures, await scrollFigures(cpuPage, 'cpu'));
      await cpuPage.close();
      const { page } = await openToFirstImage(session, 'bench', false);
      const rssOpen = browserRssMiB();
      const heapOpen = await pageHeapMiB(page);
      Object.assign(figures, await scrollFigures(page, 'gpu'));
      figures.frameTargetMs = 17;

      // Memory: every image of three 500-image series through viewport 1, then close the study.
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
