import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDemoStudy } from '../fixtures/phantom/write-demo.ts';
import { expect, test } from './support/app.ts';

test('imports the demo study from the UI, classifies its series and lists a corrupt file with its reason', async ({ app }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-study-'));
  try {
    const demo = writeDemoStudy(root);
    fs.writeFileSync(path.join(demo.studyDir, 'NOTDICOM'), 'This is a scanner log, not an image.\n');
    fs.writeFileSync(path.join(demo.studyDir, 'EMPTY'), '');

    await app.open();
    await app.importPath(demo.studyDir);
    await app.waitForImport('done');
    await expect(app.page.getByTestId('import-counts')).toContainText('59 images');
    await expect(app.page.getByTestId('import-counts')).toContainText('2 files not imported');

    const rejected = app.rejectedFiles();
    await expect(rejected).toContainText('NOTDICOM');
    await expect(rejected.locator('tr', { hasText: 'NOTDICOM' })).toContainText(/not a DICOM file/i);
    await expect(rejected.locator('tr', { hasText: 'EMPTY' })).toContainText(/empty/i);

    await expect(app.page.getByTestId('study-row')).toHaveCount(1);
    const cards = app.seriesCards();
    await expect(cards).toHaveCount(3);
    await expect(app.page.locator('[data-testid="series-card"][data-plane="sagittal"][data-weighting="T1"]')).toHaveCount(1);
    await expect(app.page.locator('[data-testid="series-card"][data-plane="sagittal"][data-weighting="T2"]')).toHaveCount(1);
    await expect(app.page.locator('[data-testid="series-card"][data-plane="axial"][data-weighting="T2"]')).toHaveCount(1);
    await app.page.screenshot({ path: test.info().outputPath('study-browser.png') });

    // Importing the same folder again changes nothing.
    await app.importPath(demo.studyDir);
    await app.waitForImport('done');
    await expect(app.page.getByTestId('import-counts')).toContainText('already imported');
    await expect(cards).toHaveCount(3);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('opens the bundled demo study with one click on first run', async ({ app }) => {
  test.skip(app.services.demoDir === null || !fs.existsSync(app.services.demoDir), 'the demo study is written by the full build (npm run build)');
  await app.open();
  await app.page.getByRole('button', { name: 'Open demo study' }).click();
  await app.waitForImport('done');
  await expect(app.seriesCards()).toHaveCount(3);
});
