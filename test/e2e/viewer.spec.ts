import type { PhantomManifest } from '../fixtures/phantom/manifest.ts';
import { expect, test } from './support/app.ts';
import { demoStudyPerFile } from './support/demo-study.ts';
import { decodePng, meanDifference, pixelStats } from './support/png-stats.ts';
import { manifestImagePoint, ViewerPage } from './support/viewer.ts';

// The reading viewer on the demo phantom, in Chromium on Cornerstone's GPU path (SwiftShader,
// asked for with ?render=gpu: left to itself the viewer takes the CPU path on a software
// rasteriser). Screens are judged by pixel statistics of screenshots, positions by the data-
// attributes each viewport publishes (which image, where image points land on screen).
test.use({ render: 'gpu' });

const { demo } = demoStudyPerFile('viewer');

const series = (m: PhantomManifest, key: 'sagT1' | 'sagT2' | 'axT2') => m.series.find((s) => s.key === key)!;
/** The midline sagittal slice (x = 0), index 7 of 15. */
const MIDLINE = 7;

test('hangs sagittal T2, sagittal T1 and axial T2, and every viewport shows its image', async ({ app }) => {
  const viewer = await ViewerPage.open(app, demo().studyDir);
  const m = demo().manifest;
  await expect(viewer.viewport(0)).toHaveAttribute('data-series-uid', series(m, 'sagT2').seriesInstanceUid);
  await expect(viewer.viewport(1)).toHaveAttribute('data-series-uid', series(m, 'sagT1').seriesInstanceUid);
  await expect(viewer.viewport(2)).toHaveAttribute('data-series-uid', series(m, 'axT2').seriesInstanceUid);
  await expect(viewer.root()).toHaveAttribute('data-render-path', 'gpu');
  for (const slot of [0, 1, 2]) {
    await viewer.waitForImage(slot);
    const stats = pixelStats(decodePng(await viewer.viewport(slot).screenshot()));
    expect(stats.nonDark, `viewport ${slot} is not blank`).toBeGreaterThan(0.15);
    expect(stats.stdDev, `viewport ${slot} is not uniform`).toBeGreaterThan(15);
    expect(stats.levels).toBeGreaterThan(40);
  }
  // Sagittals open on the midline, the axial in the middle of its stack.
  await expect(viewer.viewport(0)).toHaveAttribute('data-sop-uid', series(m, 'sagT2').instances[MIDLINE]!.sopInstanceUid);
  await expect(viewer.viewport(0).getByTestId('slice-text')).toHaveText('8 / 15');
  await expect(viewer.viewport(2).getByTestId('slice-text')).toHaveText('15 / 29');
  await expect(viewer.root()).toHaveAttribute('data-first-image-ms', /^\d+$/);
  await app.page.screenshot({ path: test.info().outputPath('viewer-opened.png') });
});

test('scrolling the axial changes its image and moves its reference line on both sagittals', async ({ app }) => {
  const viewer = await ViewerPage.open(app, demo().studyDir);
  for (const slot of [0, 1, 2]) await viewer.waitForImage(slot);
  const line = viewer.viewport(0).locator('[data-testid="reference-line"][data-source-slot="2"]');
  await expect(line).toHaveCount(1);
  const lineY = async () => Number(await line.getAttribute('y1'));
  const before = { y: await lineY(), png: decodePng(await viewer.viewport(2).screenshot()) };

  await viewer.focusKeyboard();
  await app.page.keyboard.press('3'); // the axial viewport
  for (let i = 0; i < 3; i++) await app.page.keyboard.press('ArrowUp');
  await expect(viewer.viewport(2)).toHaveAttribute('data-index', '11');
  await expect.poll(lineY).not.toBe(before.y);
  const after = { y: await lineY(), png: decodePng(await viewer.viewport(2).screenshot()) };
  expect(meanDifference(before.png, after.png), 'the axial image changed').toBeGreaterThan(2);
  // Three slices 4 mm apart, drawn at the sagittal's scale: the line moved 12 mm towards the feet (down).
  const [, , , , , rowDy] = (await viewer.viewport(0).getAttribute('data-image-to-canvas'))!.split(',').map(Number);
  const mmPerCanvasPx = series(demo().manifest, 'sagT2').pixelSpacing / rowDy!;
  expect((after.y - before.y) * mmPerCanvasPx).toBeCloseTo(12, 0);
  // The same line on the sagittal T1.
  await expect(viewer.viewport(1).locator('[data-testid="reference-line"][data-source-slot="2"]')).toHaveAttribute('y1', String(after.y));

  // The wheel scrolls too.
  const box = (await viewer.viewport(2).boundingBox())!;
  await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await app.page.mouse.wheel(0, 120);
  await expect(viewer.viewport(2)).not.toHaveAttribute('data-index', '11');
  // And dragging with the scroll tool (S).
  const afterWheel = await viewer.index(2);
  await app.page.keyboard.press('s');
  await viewer.drag({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, { x: box.x + box.width / 2, y: box.y + box.height / 2 + 150 });
  await expect.poll(() => viewer.index(2)).not.toBe(afterWheel);
  await app.page.screenshot({ path: test.info().outputPath('viewer-scrolled.png') });
});

test('clicking a disc on the sagittal brings up the axial slice through it', async ({ app }) => {
  const viewer = await ViewerPage.open(app, demo().studyDir);
  const m = demo().manifest;
  for (const slot of [0, 1, 2]) await viewer.waitForImage(slot);
  const disc = m.discs.find((d) => d.level === 'L4-L5')!;
  const sag = series(m, 'sagT2');
  const at = await viewer.pagePoint(0, manifestImagePoint(sag, sag.instances[MIDLINE]!, disc.center));
  await app.page.mouse.click(at.x, at.y);
  await expect(viewer.viewport(2)).toHaveAttribute('data-sop-uid', disc.axial!.sopInstanceUid);
  await expect(viewer.viewport(2).getByTestId('localizer')).toHaveCount(1);
  // The cursor readout is in patient coordinates: the disc centre is on the midline.
  await expect(viewer.viewport(0).getByTestId('cursor-text')).toContainText(/[RL] 0\.0 /);
});

test("window/level by dragging changes the pixels, and F brings back the file's own window", async ({ app }) => {
  const viewer = await ViewerPage.open(app, demo().studyDir);
  await viewer.waitForImage(0);
  const sag = series(demo().manifest, 'sagT2');
  const fileVoi = `${sag.windowCenter.toFixed(1)}/${sag.windowWidth.toFixed(1)}`;
  await expect(viewer.viewport(0)).toHaveAttribute('data-voi', fileVoi);
  await viewer.waitForFit(0, sag.rows, sag.columns);
  const before = decodePng(await viewer.viewport(0).screenshot());
  const box = (await viewer.viewport(0).boundingBox())!;
  await viewer.drag({ x: box.x + box.width / 2, y: box.y + box.height / 2 }, { x: box.x + box.width / 2 + 100, y: box.y + box.height / 2 + 200 });
  await expect(viewer.viewport(0)).not.toHaveAttribute('data-voi', fileVoi);
  const after = decodePng(await viewer.viewport(0).screenshot());
  expect(meanDifference(before, after), 'the window changed the pixels').toBeGreaterThan(5);
  await expect(viewer.viewport(0).getByTestId('voi-text')).not.toHaveText(`W ${sag.windowWidth} L ${sag.windowCenter}`);

  await expect(viewer.root()).toHaveAttribute('data-keyboard', 'true'); // the click on the image put the keyboard there
  await app.page.keyboard.press('f');
  await expect(viewer.viewport(0)).toHaveAttribute('data-voi', fileVoi);
  await app.page.keyboard.press('i');
  await expect(viewer.viewport(0)).toHaveAttribute('data-invert', 'true');
  const inverted = pixelStats(decodePng(await viewer.viewport(0).screenshot()));
  expect(inverted.mean).toBeGreaterThan(pixelStats(before).mean);
  await app.page.keyboard.press('r');
  await expect(viewer.viewport(0)).toHaveAttribute('data-invert', 'false');
});

test('a length measured across the L3 body on the midline sagittal reads its 34 mm AP depth', async ({ app }) => {
  const viewer = await ViewerPage.open(app, demo().studyDir);
  await viewer.waitForImage(0);
  await app.page.getByRole('button', { name: '1', exact: true }).click(); // one viewport: a bigger image
  await expect(viewer.viewport(1)).toHaveCount(0);
  const measurement = demo().manifest.measurements.vertebralBodyApDepth;
  const image = measurement.images.find((i) => i.series === 'sagT2')!;
  await expect(viewer.viewport(0)).toHaveAttribute('data-sop-uid', image.sopInstanceUid);
  const sag = series(demo().manifest, 'sagT2');
  await viewer.waitForFit(0, sag.rows, sag.columns);
  // The manifest puts pixel centres at integers; the viewer's image points at +0.5 (SCOORD).
  const from = await viewer.pagePoint(0, [image.fromPixel.column + 0.5, image.fromPixel.row + 0.5]);
  const to = await viewer.pagePoint(0, [image.toPixel.column + 0.5, image.toPixel.row + 0.5]);
  await app.page.keyboard.press('m');
  await viewer.drag(from, to);
  const text = viewer.viewport(0).locator('svg text', { hasText: / mm$/ });
  await expect(text).toHaveCount(1);
  // Cornerstone recomputes the length a moment after the drag (throttled): poll the text.
  const mm = async () => Number((await text.textContent())!.replace(' mm', ''));
  await expect.poll(async () => Math.abs((await mm()) - measurement.lengthMm), { message: 'the length reads 34 ± 0.6 mm' }).toBeLessThanOrEqual(0.6);
  await app.page.screenshot({ path: test.info().outputPath('viewer-length.png') });
  await app.page.keyboard.press('Delete');
  await expect(text).toHaveCount(0);
});

test('the keyboard zooms, pans and resets the active viewport', async ({ app }) => {
  const viewer = await ViewerPage.open(app, demo().studyDir);
  await viewer.waitForImage(2);
  const axial = series(demo().manifest, 'axT2');
  await viewer.waitForFit(2, axial.rows, axial.columns);
  await viewer.focusKeyboard();
  await app.page.keyboard.press('3');
  const transform = async () => (await viewer.viewport(2).getAttribute('data-image-to-canvas'))!.split(',').map(Number);
  const start = await transform();
  await app.page.keyboard.press('Shift+ArrowUp');
  await expect.poll(async () => (await transform())[2]).toBeCloseTo(start[2]! * 1.2, 2);
  await expect(viewer.viewport(2)).toHaveAttribute('data-index', '14'); // zooming does not scroll
  const zoomed = await transform();
  await app.page.keyboard.press('Alt+ArrowRight');
  await expect.poll(async () => (await transform())[0]! - zoomed[0]!).toBeCloseTo(40, 0);
  await expect(viewer.root()).toBeVisible(); // Alt+Arrow did not navigate the page away
  await app.page.keyboard.press('r');
  await expect.poll(transform).toEqual(start);
});
