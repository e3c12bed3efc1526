import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeTransferSyntaxSet, type TransferSyntaxSet } from '../fixtures/transfer-syntaxes/write-variants.ts';
import { expect, test } from './support/app.ts';
import { openDemoWithChangedAxialFile } from './support/demo-reading.ts';
import { failOnPageErrors } from './support/page-errors.ts';
import { decodePng, meanDifference, pixelStats, type Gray } from './support/png-stats.ts';
import { ViewerPage } from './support/viewer.ts';

// Pixel data in every transfer syntax the importer accepts, and what a viewport says when an
// image cannot be shown, drawn with WebGL (the CPU path has its own spec).
test.use({ render: 'gpu' });

let root: string;
let set: TransferSyntaxSet;
test.beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-syntaxes-'));
  set = await writeTransferSyntaxSet(path.join(root, 'syntaxes'));
});
test.afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
failOnPageErrors();

test('every transfer syntax displays the same slice as uncompressed little endian', async ({ app }) => {
  test.setTimeout(180_000);
  expect(set.skipped, 'all encoders are installed (dcmtk)').toEqual([]);
  const viewer = await ViewerPage.open(app, set.dir);
  await app.page.getByRole('button', { name: '1', exact: true }).click();
  const shots = new Map<string, Gray>();
  for (const series of set.series) {
    await app.page.locator(`[data-testid="strip-series"][data-series-uid="${series.seriesInstanceUid}"]`).click();
    await expect(viewer.viewport(0)).toHaveAttribute('data-series-uid', series.seriesInstanceUid);
    await viewer.waitForImage(0);
    await expect(viewer.viewport(0)).toHaveAttribute('data-sop-uid', series.files[1]!.sopInstanceUid);
    // Text overlays differ per series; compare the image area only.
    const png = decodePng(await viewer.viewport(0).screenshot({ mask: [viewer.viewport(0).locator('.pane-text .corner, .pane-text .edge')] }));
    const stats = pixelStats(png);
    expect(stats.stdDev, `${series.variant.key} is not uniform`).toBeGreaterThan(15);
    expect(stats.nonDark, `${series.variant.key} is not blank`).toBeGreaterThan(0.15);
    shots.set(series.variant.key, png);
  }
  const reference = shots.get('explicit-le')!;
  for (const [key, png] of shots) {
    expect(meanDifference(reference, png), `${key} shows the same anatomy as explicit little endian`).toBeLessThan(12);
  }
  await app.page.screenshot({ path: test.info().outputPath('syntax-last.png') });
});

test('an image whose pixel data cannot be decoded says so in its viewport', async ({ app }) => {
  const folder = path.join(root, 'undecodable');
  fs.mkdirSync(folder, { recursive: true });
  const bytes = fs.readFileSync(set.series.find((s) => s.variant.key === 'jpeg2000-lossless')!.files[0]!.file);
  // Break the JPEG 2000 codestream's SIZ marker (FF4F FF51 → FF4F 0000): the file still imports.
  const soc = bytes.indexOf(Buffer.from([0xff, 0x4f, 0xff, 0x51]));
  expect(soc).toBeGreaterThan(0);
  bytes[soc + 2] = 0;
  bytes[soc + 3] = 0;
  fs.writeFileSync(path.join(folder, 'broken.dcm'), bytes);
  const viewer = await ViewerPage.open(app, folder);
  const error = viewer.viewport(0).getByTestId('viewport-error');
  await expect(error).toContainText('could not be decoded');
  await expect(error).toContainText('JPEG 2000 Lossless');
  await app.page.screenshot({ path: test.info().outputPath('undecodable.png') });
});

test('an image whose file changed since import says so, and the next slice shows', async ({ app }) => {
  const viewer = await openDemoWithChangedAxialFile(app, path.join(root, 'changed'));
  await viewer.focusKeyboard();
  await app.page.keyboard.press('3');
  await app.page.keyboard.press('ArrowDown');
  await expect(viewer.viewport(2).getByTestId('viewport-error')).toContainText('changed since it was imported');
  await expect(viewer.viewport(2)).toHaveAttribute('data-index', '15');
  await app.page.screenshot({ path: test.info().outputPath('changed-file.png') });
  await app.page.keyboard.press('ArrowDown');
  await expect(viewer.viewport(2)).toHaveAttribute('data-index', '16');
  await expect(viewer.viewport(2).getByTestId('viewport-error')).toHaveCount(0);
});
