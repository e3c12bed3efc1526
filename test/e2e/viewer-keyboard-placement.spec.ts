import { DemoReading, useDemoStudy } from './support/demo-reading.ts';
import { expect, test } from './support/app.ts';
import { failOnPageErrors } from './support/page-errors.ts';
import { manifestImagePoint } from './support/viewer.ts';
import { expectSaved, findingRows } from './case-helpers.ts';

// Every placement on the images without the mouse: T puts a crosshair on the image for what is
// waiting or selected, the arrows move it, Enter places it through the mouse's own handlers.

const demoStudy = useDemoStudy();
failOnPageErrors();

/** Canvas point of an image point in a viewport, from the transform it publishes. */
async function canvasPoint(reading: DemoReading, slot: number, imagePoint: readonly [number, number]): Promise<[number, number]> {
  const [x0, y0, cx, cy, rx, ry] = (await reading.viewer.viewport(slot).getAttribute('data-image-to-canvas'))!.split(',').map(Number) as number[];
  return [x0! + imagePoint[0] * cx! + imagePoint[1] * rx!, y0! + imagePoint[0] * cy! + imagePoint[1] * ry!];
}

/** Image point ([column, row]) under a level label on the sagittal, whatever the zoom. */
async function labelImagePoint(reading: DemoReading, level: string): Promise<[number, number]> {
  const [x0, y0, cx, cy, rx, ry] = (await reading.viewer.viewport(0).getAttribute('data-image-to-canvas'))!.split(',').map(Number) as [number, number, number, number, number, number];
  const label = reading.label(0, level);
  const x = Number(await label.getAttribute('data-x')) - x0;
  const y = Number(await label.getAttribute('data-y')) - y0;
  const det = cx * ry - rx * cy;
  return [(x * ry - rx * y) / det, (cx * y - cy * x) / det];
}

/** mm between a label as drawn and a patient point on the midline sagittal. */
async function labelErrorMm(reading: DemoReading, level: string, point: readonly number[]): Promise<number> {
  const label = reading.label(0, level);
  const [x, y] = await canvasPoint(reading, 0, reading.sagittalPoint(point));
  const cx = Number((await reading.viewer.viewport(0).getAttribute('data-image-to-canvas'))!.split(',')[2]);
  const mmPerPx = reading.demo.manifest.series[0]!.pixelSpacing / cx;
  return Math.hypot(Number(await label.getAttribute('data-x')) - x, Number(await label.getAttribute('data-y')) - y) * mmPerPx;
}

/** Presses J until the level list's cursor is on `level`. */
async function selectLevel(reading: DemoReading, level: string): Promise<void> {
  for (let i = 0; i < 20 && (await reading.levelRow(level).getAttribute('aria-selected')) !== 'true'; i++) await reading.app.page.keyboard.press('j');
  await expect(reading.levelRow(level)).toHaveAttribute('aria-selected', 'true');
}

test('levels labelled, a label moved and a finding anchored with the keyboard alone come back after a reload', async ({ app }) => {
  const reading = await DemoReading.open(app, demoStudy());
  const { viewer, page } = { viewer: reading.viewer, page: app.page };

  // L, then T: the crosshair for the lumbosacral disc on the sagittal; the ? list names its keys.
  await page.keyboard.press('l');
  await expect(viewer.root()).toHaveAttribute('data-placing', 'level');
  await page.keyboard.press('t');
  await expect(viewer.root()).toHaveAttribute('data-crosshair', 'place');
  await expect(viewer.crosshair(0)).toHaveCount(1);
  await expect(page.getByTestId('viewer-status')).toContainText('Mark the L5–S1 disc');
  await page.keyboard.press('?');
  const help = page.getByTestId('help-overlay');
  for (const key of ['T', 'Shift+ArrowLeft', 'ArrowDown', 'Enter']) await expect(help.locator('tr', { has: page.locator('kbd', { hasText: new RegExp(`^${key.replace('+', '\\+')}$`) }) }).first()).toBeVisible();
  await expect(help).toContainText('Move the crosshair left, ten steps');
  await expect(help).toContainText('Place at the crosshair');
  await page.keyboard.press('?');
  await expect(help).toHaveCount(0);
  // Escape closes the list, not the placement under it.
  await page.keyboard.press('?');
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(viewer.root()).toHaveAttribute('data-crosshair', 'place');
  await viewer.moveCrosshairTo(0, reading.sagittalPoint(reading.disc('L5-S1').center));
  await page.screenshot({ path: test.info().outputPath('keyboard-crosshair.png') });
  await viewer.viewport(0).screenshot({ path: test.info().outputPath('keyboard-crosshair-viewport.png') });
  await page.keyboard.press('Enter');
  await expect(viewer.root()).toHaveAttribute('data-placing', '');
  await expect(viewer.root()).toHaveAttribute('data-crosshair', '');
  await expect(viewer.viewport(0).getByTestId('level-label')).toHaveCount(6);
  await expect(reading.label(0, 'L5-S1')).toHaveAttribute('data-placed-by', 'user');
  expect(await labelErrorMm(reading, 'L5-S1', reading.disc('L5-S1').center)).toBeLessThan(1.5);
  await expect(reading.levelRow('L3-L4')).toContainText('proposed');

  // The selected level's label on the sagittal zoomed in, moved five pixels down: it follows the
  // crosshair (a step is one image pixel at any zoom), Enter keeps it there.
  await viewer.focusKeyboard();
  await page.keyboard.press('1');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowUp');
  await selectLevel(reading, 'L3-L4');
  await page.keyboard.press('t');
  await expect(viewer.root()).toHaveAttribute('data-crosshair', 'move');
  await expect(page.getByTestId('viewer-status')).toContainText('Move the L3–L4 label');
  const proposed = await labelImagePoint(reading, 'L3-L4');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await labelImagePoint(reading, 'L3-L4'))[1] - proposed[1]).toBeCloseTo(5, 0);
  await viewer.viewport(0).screenshot({ path: test.info().outputPath('keyboard-crosshair-moving-label.png') });
  await page.keyboard.press('Enter');
  await expect(reading.label(0, 'L3-L4')).toHaveAttribute('data-placed-by', 'user');
  await expect(reading.levelRow('L3-L4')).toContainText('labelled');
  const moved = await labelImagePoint(reading, 'L3-L4');
  expect(moved[1] - proposed[1]).toBeCloseTo(5, 0);

  // A left L4-L5 subarticular extrusion, selected in the list: T places its arrow on the axial.
  await reading.goToExtrusionSlice();
  await selectLevel(reading, 'L4-L5');
  await page.keyboard.press('a');
  await page.getByRole('combobox', { name: /Finding type at L4-L5/ }).fill('left subarticular extrusion');
  await page.keyboard.press('Enter');
  await expect(findingRows(page)).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('t');
  await expect(viewer.root()).toHaveAttribute('data-placing', 'anchor');
  await expect(viewer.crosshair(2)).toHaveCount(1);
  const axial = reading.axialSeries();
  const slice = axial.instances[await viewer.index(2)]!;
  const extrusion = manifestImagePoint(axial, slice, reading.demo.manifest.findings.discExtrusion.center);
  await viewer.moveCrosshairTo(2, extrusion);
  await page.keyboard.press('Enter');
  await expect(viewer.viewport(2).getByTestId('anchor-arrow')).toHaveCount(1);
  await expect(findingRows(page).locator('.anchor-mark')).toHaveCount(1);
  await expectSaved(page);

  // All of it is case data.
  await page.reload();
  await page.getByTitle('Open for reading (Enter)').click();
  await viewer.waitForImage(0);
  await expect(viewer.viewport(0).getByTestId('level-label')).toHaveCount(6);
  await expect(reading.label(0, 'L5-S1')).toHaveAttribute('data-placed-by', 'user');
  expect(await labelErrorMm(reading, 'L5-S1', reading.disc('L5-S1').center)).toBeLessThan(1.5);
  await expect(reading.label(0, 'L3-L4')).toHaveAttribute('data-placed-by', 'user');
  const back = await labelImagePoint(reading, 'L3-L4');
  expect(Math.hypot(back[0] - moved[0], back[1] - moved[1])).toBeLessThan(0.1);
  await findingRows(page).click();
  await expect(viewer.viewport(2)).toHaveAttribute('data-sop-uid', slice.sopInstanceUid);
  const tip = (await viewer.viewport(2).locator('[data-testid="anchor-arrow"] polygon').getAttribute('points'))!.split(' ')[0]!.split(',').map(Number);
  const [ex, ey] = await canvasPoint(reading, 2, extrusion);
  const [, , acx] = (await viewer.viewport(2).getAttribute('data-image-to-canvas'))!.split(',').map(Number) as number[];
  expect(Math.hypot(tip[0]! - ex, tip[1]! - ey) / acx!).toBeLessThan(1);
});
