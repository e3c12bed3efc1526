import fs from 'node:fs';
import { expect, test } from './support/app.ts';
import { expectSaved, findingRows, importAndOpen, TINY_STUDY_UID } from './case-helpers.ts';

test('a failed save shows the error and keeps what was entered until Retry or Discard', async ({ app, page }) => {
  await importAndOpen(app);
  await page.keyboard.press('1');
  await page.keyboard.press('a');
  await page.keyboard.type('bulge');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expectSaved(page);

  // The case disappears behind the screen's back: the next edit cannot be saved.
  app.services.db.prepare('DELETE FROM cases').run();
  await page.keyboard.press('a');
  await page.keyboard.type('modic 2');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  const state = page.getByTestId('save-state');
  await expect(state).toHaveAttribute('data-state', 'error');
  await expect(state).toContainText('Not saved: This study has no case yet');
  await expect(findingRows(page)).toHaveCount(2);

  await state.getByRole('button', { name: 'Retry' }).click();
  await expect(state).toHaveAttribute('data-state', 'error');
  await expect(findingRows(page)).toHaveCount(2);
  await state.getByRole('button', { name: 'Discard' }).click();
  await expect(state).toHaveAttribute('data-state', 'saved');
  await expect(findingRows(page)).toHaveCount(1);
});

test('export the case as a file and import a case file, refused with the field path when invalid', async ({ app, page }) => {
  await importAndOpen(app);
  await page.keyboard.press('1');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('j');
  await page.keyboard.press('a');
  await page.keyboard.type('left subart extrusion');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expectSaved(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await (await download).path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect((await download).suggestedFilename()).toMatch(/^spinecorrelate-case-2026-01-31-.*\.json$/);
  expect(exported).toMatchObject({
    format: 'spinecorrelate.case/1',
    study: { studyInstanceUID: TINY_STUDY_UID },
    patient: { age: 38, sex: 'M' },
    findings: [{ id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular' }],
  });

  await page.getByRole('button', { name: 'Import' }).click();
  const area = page.getByRole('textbox', { name: 'Case JSON' });
  await area.fill(JSON.stringify({ ...exported, findings: [{ ...exported.findings[0], level: 'L4L5' }] }));
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('import-error')).toContainText('findings[0].level');
  await expect(page.getByTestId('import-error')).toContainText('L4-L5');

  const modic = { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1' };
  await area.fill(JSON.stringify({ ...exported, findings: [...exported.findings, modic] }));
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('case-import')).toBeHidden();
  await expect(findingRows(page)).toHaveCount(2);
  await expectSaved(page);
});
