import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeDemoStudy } from '../fixtures/phantom/write-demo.ts';
import { tinyStudyFolder } from './case-helpers.ts';
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

test('a study among 3,000 files that are not DICOM: counted, summarised, paged, and the study selected', async ({ app }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-junk-'));
  try {
    const demo = writeDemoStudy(root);
    const study = tinyStudyFolder();
    const junk = path.join(study, 'logs');
    fs.mkdirSync(junk);
    for (let i = 0; i < 3000; i++) fs.writeFileSync(path.join(junk, `log-${String(i).padStart(4, '0')}.txt`), `scanner log ${i}\n`);

    await app.open();
    await app.importPath(demo.studyDir);
    await app.waitForImport('done');
    await app.importPath(study);
    await app.waitForImport('done');
    await expect(app.page.getByTestId('import-counts')).toContainText('3,003 / 3,003 files');
    await expect(app.page.getByTestId('import-counts')).toContainText('3,000 files not imported');

    const rejected = app.rejectedFiles();
    await expect(rejected.getByTestId('rejected-reasons')).toHaveText('(3,000 not a DICOM file)');
    await rejected.locator('summary').click();
    await expect(rejected.locator('tbody tr')).toHaveCount(100);
    await expect(rejected.getByTestId('rejected-pager')).toContainText('1–100 of 3,000');
    await expect(rejected.locator('tbody tr').first()).toContainText('log-0000.txt');
    await rejected.getByRole('button', { name: 'Next' }).click();
    await expect(rejected.getByTestId('rejected-pager')).toContainText('101–200 of 3,000');
    await expect(rejected.locator('tbody tr').first()).toContainText('log-0100.txt');

    // The study just imported is the one selected, not the demo listed first.
    const rows = app.page.getByTestId('study-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('MRI LUMBAR SPINE WO CONTRAST');
    await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(rows.nth(1)).toContainText('Reader Test');
    await expect(app.seriesCards()).toHaveCount(1);
    await app.page.screenshot({ path: test.info().outputPath('study-browser-rejected.png') });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('an import left running while the reader looks at the cases shows its progress again on return, then selects its study', async ({ app }) => {
  const study = tinyStudyFolder();
  const junk = path.join(study, 'logs');
  fs.mkdirSync(junk);
  for (let i = 0; i < 3000; i++) fs.writeFileSync(path.join(junk, `log-${String(i).padStart(4, '0')}.txt`), `scanner log ${i}\n`);
  await app.open();
  await app.importPath(study);
  await expect(app.importProgress()).toBeVisible();
  await app.page.keyboard.press('Alt+2');
  await expect(app.page.getByTestId('case-browser')).toBeVisible();
  await app.page.keyboard.press('Alt+1');
  await app.waitForImport('done');
  await expect(app.page.getByTestId('import-counts')).toContainText('3,000 files not imported');
  await expect(app.page.locator('[data-testid="study-row"][aria-selected="true"]')).toContainText('Reader Test');
});

test('the import field: several paths one per line, relative and missing paths refused in words, the text kept', async ({ app }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-field-'));
  try {
    const demo = writeDemoStudy(root);
    const tiny = tinyStudyFolder();
    await app.open();
    const field = app.page.getByPlaceholder(/Path to a folder/);
    await expect(app.page.locator('#import-path-hint')).toContainText('one per line');

    await app.importPath('studies/lumbar');
    await expect(app.page.getByTestId('import-refusal')).toHaveText('“studies/lumbar” is not a full path: use a full path such as /home/…');
    await expect(field).toHaveValue('studies/lumbar');

    const missing = path.join(root, 'no-such-folder');
    await app.importPath(demo.studyDir, missing);
    await expect(app.page.getByTestId('import-error')).toHaveText(`Nothing was found at ${missing}: check the folder name.`);
    await expect(field).toHaveValue(`${demo.studyDir}\n${missing}`);
    await app.page.screenshot({ path: test.info().outputPath('study-browser-missing.png') });

    // Typed as a reader would: Shift+Enter between the paths, Enter to import.
    await field.fill('');
    await field.click();
    await app.page.keyboard.type(demo.studyDir);
    await app.page.keyboard.press('Shift+Enter');
    await app.page.keyboard.type(tiny);
    await app.page.keyboard.press('Enter');
    await app.waitForImport('done');
    await expect(app.page.getByTestId('study-row')).toHaveCount(2);
    await expect(field).toHaveValue(`${demo.studyDir}\n${tiny}`);
    await app.page.screenshot({ path: test.info().outputPath('study-browser-field.png') });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('coming back from the reading screen keeps the selected study selected and focused, and the typed path', async ({ app }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-back-'));
  try {
    const demo = writeDemoStudy(root);
    await app.open();
    await app.importPath(demo.studyDir, tinyStudyFolder());
    await app.waitForImport('done');
    const rows = app.page.getByTestId('study-row');
    await expect(rows).toHaveCount(2);

    await rows.nth(0).click();
    await app.page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
    const chosen = await rows.nth(1).getAttribute('data-study-id');
    await app.page.keyboard.press('Enter');
    await expect(app.page.getByTestId('reading-screen')).toBeVisible();

    await app.page.keyboard.press('Alt+1');
    const selected = app.page.locator('[data-testid="study-row"][aria-selected="true"]');
    await expect(selected).toHaveAttribute('data-study-id', chosen!);
    await expect(selected).toBeFocused();
    await app.page.screenshot({ path: test.info().outputPath('study-browser-back.png') });
    await expect(app.page.getByPlaceholder(/Path to a folder/)).toHaveValue(new RegExp(demo.studyDir.replaceAll('/', '\\/')));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
