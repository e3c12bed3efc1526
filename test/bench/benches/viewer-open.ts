// Opening a study in the viewer as a reader does, for the viewer benches.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { hasBenchStudy, writeBenchStudy } from '../../fixtures/bench/write-bench.ts';
import type { ViewerSession } from './viewer-session.ts';

const GENERATED = path.resolve(import.meta.dirname, '../../fixtures/generated');
export const BENCH_DIR = path.join(GENERATED, 'bench-2000');
export const STUDIES = {
  bench: { description: 'MRI LUMBAR SPINE BENCHMARK', imageSeries: 4 },
  demo: { description: 'MRI LUMBAR SPINE WO CONTRAST', imageSeries: 3 },
} as const;

declare global {
  interface Window {
    __benchOpenAt?: number;
  }
}

export function progress(line: string): void {
  process.stderr.write(`  ${line}\n`);
}

/** The 2,000-instance, 512×512 bench study, written on first use; null when Chromium is missing. */
export function benchPrerequisites(): { skipped: string } | null {
  if (!fs.existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH) return { skipped: 'Chromium is not installed (apt-get install chromium)' };
  if (!hasBenchStudy(BENCH_DIR)) {
    progress('writing the 2,000-instance bench study (about 1 GB, once)…');
    writeBenchStudy(BENCH_DIR);
  }
  return null;
}

/**
 * Opens a study from the study browser and returns the milliseconds from the click to the first
 * image rendered in the first viewport (the viewer's performance mark). Cold: the page's image
 * requests are refused until the click, so no thumbnail has put anything in Cornerstone's cache
 * or started its decoder; warm: the study browser's thumbnails have loaded first, as they do
 * when a reader selects a study.
 */
export async function openToFirstImage(session: ViewerSession, study: keyof typeof STUDIES, cold: boolean, cpu = false, render?: 'gpu'): Promise<{ page: Page; ms: number }> {
  const page = await session.newPage(
    async (p) => {
      if (cold) await p.route('**/image/**', (route) => route.abort());
    },
    { cpu, ...(render ? { render } : {}) },
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
