import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writePhiStudies } from '../fixtures/phi-study.ts';
import { scanForLeaks } from '../helpers/leak-scan.ts';
import { identifiersOf, seedCases } from '../unit/main/services/export/support/export-world.ts';
import { expect, test } from './support/app.ts';

test('exports de-identified cases from the dialog, reached and driven by keyboard, with progress and the manifest', async ({ app }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-export-'));
  try {
    const studies = writePhiStudies(path.join(root, 'studies'));
    const jobId = app.services.imports.start([path.join(root, 'studies')]);
    expect((await app.services.imports.finished(jobId)).state).toBe('done');
    await seedCases(app.services, studies);

    await app.open();
    const page = app.page;
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('export-count')).toHaveText('5 cases and 30 findings match.');

    // Filters: women only, then back to everyone.
    await dialog.getByLabel('Female').check();
    await expect(page.getByTestId('export-count')).toHaveText('3 cases and 18 findings match.');
    await dialog.getByLabel('Female').uncheck();
    await expect(page.getByTestId('export-count')).toHaveText('5 cases and 30 findings match.');

    await dialog.getByLabel(/JSON Lines/).check();
    await dialog.getByLabel(/^Images/).check();
    await dialog.getByLabel(/burned-in text/).check();
    await expect(page.getByTestId('burned-in-confirmation')).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
    await dialog.getByLabel(/burned-in text/).uncheck();
    const outDir = path.join(root, 'cohort-1');
    await dialog.getByLabel('New folder to export into').fill(outDir);
    await page.screenshot({ path: test.info().outputPath('export-dialog.png') });

    // Keyboard only from here: the focused field, Enter submits the form.
    await dialog.getByLabel('New folder to export into').press('Enter');
    const progress = page.getByTestId('export-progress');
    await expect(progress).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(page.getByTestId('export-manifest-path')).toHaveText(path.join(outDir, 'manifest.json'));
    await expect(page.getByTestId('export-result')).toContainText('5 cases, 30 findings, 10 images');
    await page.screenshot({ path: test.info().outputPath('export-done.png') });

    expect(fs.readdirSync(outDir).sort()).toEqual(['cases-rsna.csv', 'cases.jsonl', 'findings.csv', 'images', 'manifest.json']);
    expect(scanForLeaks(outDir, identifiersOf(studies), studies.flatMap((s) => s.identifierBytes))).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
