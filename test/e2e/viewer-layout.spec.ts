import { expect, test } from './support/app.ts';
import { demoStudyPerFile } from './support/demo-study.ts';
import { decodePng, pixelStats } from './support/png-stats.ts';
import { ViewerPage } from './support/viewer.ts';

const { demo } = demoStudyPerFile('layout');

const uid = (key: 'sagT1' | 'sagT2' | 'axT2') => demo().manifest.series.find((s) => s.key === key)!.seriesInstanceUid;

test('the study browser shows each series’ middle image as its thumbnail', async ({ app }) => {
  await app.open();
  await app.importPath(demo().studyDir);
  await app.waitForImport('done');
  const thumbnails = app.page.getByTestId('series-thumbnail').locator('.image-thumbnail');
  await expect(thumbnails).toHaveCount(3);
  for (const thumbnail of await thumbnails.all()) {
    await expect(thumbnail).toHaveAttribute('data-state', 'ready');
    const stats = pixelStats(decodePng(await thumbnail.screenshot()));
    expect(stats.stdDev).toBeGreaterThan(15);
  }
  await app.page.screenshot({ path: test.info().outputPath('study-browser-thumbnails.png') });
});

test('layouts switch, series drop in by drag and by keyboard, and the study reopens as it was left', async ({ app }) => {
  const viewer = await ViewerPage.open(app, demo().studyDir);
  await viewer.waitForImage(0);
  await app.page.keyboard.press('g'); // 1x3 → 2x2
  await expect(app.page.getByTestId('viewport')).toHaveCount(4);
  await expect(viewer.viewport(3)).toHaveAttribute('data-series-uid', '');

  // Drag the axial T2 from the strip onto the fourth viewport.
  await app.page.locator(`[data-testid="strip-series"][data-series-uid="${uid('axT2')}"]`).dragTo(viewer.viewport(3));
  await expect(viewer.viewport(3)).toHaveAttribute('data-series-uid', uid('axT2'));
  await viewer.waitForImage(3);

  // By keyboard: the sagittal T1 into viewport 1 (focus it in the strip, press 1).
  await app.page.locator(`[data-testid="strip-series"][data-series-uid="${uid('sagT1')}"]`).focus();
  await app.page.keyboard.press('1');
  await expect(viewer.viewport(0)).toHaveAttribute('data-series-uid', uid('sagT1'));
  // N puts the next series into the active viewport.
  await viewer.focusKeyboard();
  await app.page.keyboard.press('n');
  await expect(viewer.viewport(0)).toHaveAttribute('data-series-uid', uid('sagT2'));
  await viewer.waitForImage(0);
  await app.page.screenshot({ path: test.info().outputPath('layout-2x2.png') });

  // Back to the studies and open again: the same layout.
  await app.page.keyboard.press('Alt+1');
  await app.page.getByTitle('Open for reading (Enter)').click();
  await expect(app.page.getByTestId('viewport')).toHaveCount(4);
  await expect(viewer.viewport(0)).toHaveAttribute('data-series-uid', uid('sagT2'));
  await expect(viewer.viewport(3)).toHaveAttribute('data-series-uid', uid('axT2'));
  await viewer.waitForImage(3);

  await app.page.getByRole('button', { name: '2', exact: true }).click();
  await expect(app.page.getByTestId('viewport')).toHaveCount(2);
});

test('the ? list shows the viewer’s keys', async ({ app }) => {
  const viewer = await ViewerPage.open(app, demo().studyDir);
  await viewer.waitForImage(0);
  await viewer.focusKeyboard();
  await app.page.keyboard.press('?');
  const help = app.page.getByTestId('help-overlay');
  for (const text of ['Next slice', 'Window/level with the left button', 'Measure a length', 'Label levels', 'Invert', 'Next layout', 'Put the keyboard on the images']) await expect(help).toContainText(text);
  // The findings list's keys are listed too: the same arrows move its rows when the keyboard is there.
  await expect(help).toContainText('Next row (level or finding)');
});
