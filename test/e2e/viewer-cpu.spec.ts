import path from 'node:path';
import { CHROMIUM_FLAGS } from '../../playwright.config.ts';
import { expect, test } from './support/app.ts';
import { demoStudyPerFile } from './support/demo-study.ts';
import { openDemoWithChangedAxialFile } from './support/demo-reading.ts';
import { failOnPageErrors } from './support/page-errors.ts';
import { decodePng, meanDifference, pixelStats } from './support/png-stats.ts';
import { ViewerPage } from './support/viewer.ts';

// Without WebGL (no software rasteriser either) Cornerstone renders on the CPU: the same viewer
// must show the same images, scroll and window.
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...CHROMIUM_FLAGS, '--disable-software-rasterizer'] } });

const { demo, folder } = demoStudyPerFile('cpu');
failOnPageErrors();

test('on the CPU path every viewport shows its image, scrolls and windows', async ({ app }) => {
  const viewer = await ViewerPage.open(app, demo().studyDir);
  await expect(viewer.root()).toHaveAttribute('data-render-path', 'cpu');
  for (const slot of [0, 1, 2]) {
    await viewer.waitForImage(slot);
    const stats = pixelStats(decodePng(await viewer.viewport(slot).screenshot()));
    expect(stats.nonDark, `viewport ${slot} is not blank`).toBeGreaterThan(0.15);
    expect(stats.stdDev, `viewport ${slot} is not uniform`).toBeGreaterThan(15);
  }
  const before = decodePng(await viewer.viewport(2).screenshot());
  const lineY = () => viewer.viewport(0).locator('[data-testid="reference-line"][data-source-slot="2"]').getAttribute('y1');
  const lineBefore = await lineY();
  await viewer.focusKeyboard();
  await app.page.keyboard.press('3');
  await app.page.keyboard.press('ArrowUp');
  await app.page.keyboard.press('ArrowUp');
  await expect(viewer.viewport(2)).toHaveAttribute('data-index', '12');
  await expect.poll(lineY).not.toBe(lineBefore);
  expect(meanDifference(before, decodePng(await viewer.viewport(2).screenshot()))).toBeGreaterThan(2);

  await app.page.keyboard.press('[');
  await app.page.keyboard.press('[');
  await expect(viewer.viewport(2)).not.toHaveAttribute('data-voi', '750.0/1700.0');
  const narrower = pixelStats(decodePng(await viewer.viewport(2).screenshot()));
  expect(narrower.stdDev).toBeGreaterThan(pixelStats(before).stdDev);
  await app.page.screenshot({ path: test.info().outputPath('viewer-cpu.png') });
});

test('on the CPU path an image whose file changed since import says so, and nothing is left unhandled', async ({ app }) => {
  const viewer = await openDemoWithChangedAxialFile(app, path.join(folder(), 'changed'));
  await expect(viewer.root()).toHaveAttribute('data-render-path', 'cpu');
  await viewer.focusKeyboard();
  await app.page.keyboard.press('3');
  await app.page.keyboard.press('ArrowDown');
  await expect(viewer.viewport(2).getByTestId('viewport-error')).toContainText('changed since it was imported');
  await app.page.keyboard.press('ArrowDown');
  await expect(viewer.viewport(2)).toHaveAttribute('data-index', '16');
  await expect(viewer.viewport(2).getByTestId('viewport-error')).toHaveCount(0);
});
