// Scrolling a 512×512 stack a slice per display frame: in the viewer on both rendering paths, and
// on a bare Cornerstone3D page (test/bench/bare-stack) with the same series, sizes and keys, so
// the viewer's own overhead can be told from Cornerstone's.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { seriesImages } from '../../../main/services/store/repositories/series-images.ts';
import { listStudies } from '../../../main/services/store/repositories/study-list.ts';
import { frameImageIds } from '../../../renderer/viewer/cornerstone/image-ids.ts';
import type { BareStack } from '../bare-stack/main.ts';
import type { Bench } from '../bench.ts';
import { BENCH_DIR, benchPrerequisites, openToFirstImage, progress } from './viewer-open.ts';
import { median, percentile, startViewerSession, waitForImageRequestsToSettle, type ViewerSession } from './viewer-session.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const round1 = (v: number) => Math.round(v * 10) / 10;

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
export async function scrollAtDisplayRate(page: Page, steps: number, key: 'ArrowDown' | 'ArrowUp'): Promise<ScrollRun> {
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
          // As a real key press: at the focused element, bubbling, cancelable (a shortcut that takes
          // the key keeps it from the findings list's shortcuts).
          (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
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
async function scrollFigures(page: Page, label: string): Promise<Record<string, number>> {
  await waitForImageRequestsToSettle(page);
  const down = await scrollAtDisplayRate(page, 10, 'ArrowDown');
  const up = await scrollAtDisplayRate(page, 20, 'ArrowUp');
  const warm = { frameMs: [...down.frameMs, ...up.frameMs], renderMs: [...down.renderMs, ...up.renderMs], renders: down.renders + up.renders };
  await waitForImageRequestsToSettle(page);
  const long = await scrollAtDisplayRate(page, 150, 'ArrowDown');
  progress(`${label}: ${median(warm.frameMs).toFixed(1)} ms/frame, ${median(warm.renderMs).toFixed(1)} ms between slices (${warm.renders} renders / 30 steps); 150 on: ${median(long.renderMs).toFixed(1)} ms between slices`);
  const p = `scroll${label}`;
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

/** Scroll figures of viewport 1 (the sagittal T2) of a viewer page with the bench study open. */
export async function viewerScrollFigures(page: Page, label: 'Gpu' | 'Cpu' | 'Default'): Promise<Record<string, number>> {
  await page.keyboard.press('v'); // the keyboard on the images (the findings list shares the arrows)
  await page.locator('[data-testid="viewer"][data-keyboard="true"]').waitFor();
  await page.keyboard.press('1'); // the sagittal T2 viewport
  return scrollFigures(page, label);
}

/** What each visible viewport of a viewer page shows, where, and at which slice: the bare page copies it. */
export async function viewerStacks(session: ViewerSession, page: Page): Promise<BareStack[]> {
  const panes = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="viewport"]')].map((pane) => {
      const box = pane.querySelector('.cornerstone-element')!.getBoundingClientRect();
      return { uid: pane.dataset.seriesUid ?? '', index: Number(pane.dataset.index), box: { left: box.left, width: box.width, height: box.height } };
    }),
  );
  const series = listStudies(session.services.db).flatMap((p) => p.studies.flatMap((s) => s.series));
  return panes.map(({ uid, index, box }) => {
    const summary = series.find((s) => s.seriesInstanceUID === uid);
    if (!summary) throw new Error('a viewport shows a series the store does not have');
    const { imageIds } = frameImageIds(seriesImages(session.services.db, summary.id).images, (id) => `${session.server.origin}/image/${id}`);
    return { imageIds, start: index, box };
  });
}

/** Builds the bare Cornerstone page into the served renderer (once per session). */
export async function buildBarePage(session: ViewerSession): Promise<void> {
  await build({
    configFile: path.join(root, 'vite.config.ts'),
    root: path.join(root, 'test/bench/bare-stack'),
    base: '/bare-stack/',
    logLevel: 'error',
    build: { outDir: path.join(session.rendererDir, 'bare-stack'), emptyOutDir: true },
  });
}

/** Scroll figures of the bare page showing `stacks` (the first scrolled). */
async function bareScrollFigures(session: ViewerSession, stacks: BareStack[], label: string, cpu = false): Promise<Record<string, number>> {
  const page = await session.newPage(undefined, { path: '/bare-stack/index.html', cpu });
  try {
    await page.waitForFunction(() => window.__showBareStacks !== undefined);
    await page.evaluate((s) => window.__showBareStacks!(s), stacks);
    return await scrollFigures(page, label);
  } finally {
    await page.close();
  }
}

/**
 * Scroll figures of the viewer — as it chooses by itself (Default: the CPU path where WebGL is a
 * software rasteriser, as here), forced onto WebGL (Gpu), and in a Chromium without WebGL (Cpu) —
 * and of the bare Cornerstone page: one viewport the size of the viewer's first, and every
 * viewport of the viewer's layout with the first scrolled.
 */
export async function scrollComparison(session: ViewerSession): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const cpuPage = (await openToFirstImage(session, 'bench', false, true)).page;
  Object.assign(figures, await viewerScrollFigures(cpuPage, 'Cpu'));
  await cpuPage.close();
  const defaultPage = (await openToFirstImage(session, 'bench', false)).page;
  await waitForImageRequestsToSettle(defaultPage);
  figures.scrollDefaultUsesCpuPath = (await defaultPage.getByTestId('viewer').getAttribute('data-render-path')) === 'cpu' ? 1 : 0;
  Object.assign(figures, await viewerScrollFigures(defaultPage, 'Default'));
  await defaultPage.close();
  const { page } = await openToFirstImage(session, 'bench', false, false, 'gpu');
  await waitForImageRequestsToSettle(page);
  const stacks = await viewerStacks(session, page);
  Object.assign(figures, await viewerScrollFigures(page, 'Gpu'));
  await page.close();
  progress('building the bare Cornerstone page…');
  await buildBarePage(session);
  Object.assign(figures, await bareScrollFigures(session, stacks.slice(0, 1), 'BareGpuOneViewport'));
  Object.assign(figures, await bareScrollFigures(session, stacks, 'BareGpuLayout'));
  Object.assign(figures, await bareScrollFigures(session, stacks, 'BareCpuLayout', true));
  return figures;
}

/**
 * Only the scroll figures of the viewer bench and the bare comparison, for working on them:
 * `npm run bench -- viewer-scroll` (not part of a full run; `viewer` includes the same figures).
 */
export const viewerScrollBench: Bench = {
  name: 'viewer-scroll',
  async run() {
    const missing = benchPrerequisites();
    if (missing) return missing;
    const session = await startViewerSession([BENCH_DIR]);
    try {
      return { ...(await scrollComparison(session)), frameTargetMs: 17 };
    } finally {
      await session.close();
    }
  },
};
