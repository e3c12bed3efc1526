import { expect, test } from './support/app.ts';
import { expectSaved, findingRow, findingRows, importAndOpen, screenshot, TINY_STUDY_UID } from './case-helpers.ts';

test('record findings and a clinical picture, see the labels, reload: all of it is back', async ({ app, page }) => {
  await importAndOpen(app);
  await expect(page.getByTestId('level-row')).toHaveText([/^T12-L1/, /^L1-L2/, /^L2-L3/, /^L3-L4/, /^L4-L5/, /^L5-S1/]);
  await expect(page.getByTestId('patient-age')).toHaveValue('38');
  await expect(page.getByTestId('age-source')).toHaveText('DICOM PatientAge');

  // A left L4–L5 subarticular extrusion, by type-ahead; the root comes from level and zone.
  await page.getByTestId('level-row').filter({ hasText: 'L4-L5' }).click();
  await page.keyboard.press('a');
  await page.getByRole('combobox', { name: /Finding type at L4-L5/ }).fill('left subarticular extrusion');
  await page.keyboard.press('Enter');
  const editor = page.getByTestId('finding-editor');
  await expect(editor).toContainText('Disc herniation');
  await expect(editor.getByRole('radio', { name: 'Root compromise root: L5' })).toBeChecked();
  await editor.getByTestId('field-rootCompromise-grade').getByText('3 compression').click();
  await expect(page.getByTestId('grading-legend')).toContainText('Pfirrmann nerve root compromise');
  await page.keyboard.press('Escape');

  // A Modic type 1 at L5–S1.
  await page.getByTestId('level-row').filter({ hasText: 'L5-S1' }).click();
  await page.keyboard.press('a');
  await page.keyboard.type('modic 1');
  await page.keyboard.press('Enter');
  await expect(editor).toContainText('Modic endplate change');
  await expect(page.getByTestId('grading-legend')).toContainText('Modic endplate');
  await page.keyboard.press('Escape');
  await expect(findingRows(page)).toHaveCount(2);
  await expectSaved(page);
  await screenshot(page, 'findings-panel');

  // A left L5 radiculopathy: the L5 dermatome of the left leg on the drawing, a motor deficit, SLR.
  await page.getByTestId('tab-clinical').click();
  await page.getByTestId('dermatome-front-left-L5').click();
  await expect(page.getByTestId('dermatome-back-left-L5')).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('leg-left')).toContainText('L5');
  await page.getByTestId('leg-left').getByText('yes').click();
  await page.getByTestId('deficit-L5-left-motor').click();
  await page.getByRole('radio', { name: 'Straight-leg raise left: yes' }).check();
  await page.getByTestId('duration-weeks').fill('8');
  await page.getByTestId('duration-weeks').press('Tab');
  await expectSaved(page);
  await screenshot(page, 'clinical-panel');

  // The labels: the extrusion is the likely pain generator, first in the ranking.
  await page.getByTestId('tab-findings').click();
  await expect(findingRow(page, 'f1').locator('.label-chip')).toHaveAttribute('data-label', 'likely-pain-generator');
  await expect(findingRow(page, 'f2').locator('.label-chip')).toHaveCount(1);
  await page.getByTestId('tab-correlation').click();
  await expect(page.getByTestId('ranking').locator('li').first()).toContainText('L4-L5 Disc herniation');
  await screenshot(page, 'correlation-panel');
  await page.getByTestId('ranking').locator('li').first().getByRole('button').click();
  await expect(page.getByTestId('finding-details')).toContainText('Computed');
  await expect(page.getByTestId('evidence').first()).toBeVisible();
  await screenshot(page, 'correlation-details');

  // Reload: the case comes back from the database.
  await page.reload();
  await page.getByTestId('study-row').first().dblclick();
  await expectSaved(page);
  await expect(findingRows(page)).toHaveCount(2);
  await expect(findingRow(page, 'f1')).toContainText('left, extrusion subarticular');
  await expect(findingRow(page, 'f1')).toContainText('L5 compression');
  await expect(findingRow(page, 'f1').locator('.label-chip')).toHaveAttribute('data-label', 'likely-pain-generator');
  await expect(findingRow(page, 'f2')).toContainText('type 1');
  await page.getByTestId('tab-clinical').click();
  await expect(page.getByTestId('dermatome-front-left-L5')).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('deficit-L5-left-motor')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('radio', { name: 'Straight-leg raise left: yes' })).toBeChecked();
  await expect(page.getByTestId('duration-weeks')).toHaveValue('8');

  // What the screen showed is what the database holds.
  const stored = app.services.db.prepare('SELECT f.finding_uid AS id FROM findings f JOIN cases c ON c.id = f.case_ref WHERE c.study_instance_uid = ? ORDER BY f.sort_order').all(TINY_STUDY_UID);
  expect(stored).toEqual([{ id: 'f1' }, { id: 'f2' }]);
});
