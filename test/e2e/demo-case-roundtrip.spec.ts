import { expectSaved, findingRow, findingRows } from './case-helpers.ts';
import { DemoReading, useDemoStudy } from './support/demo-reading.ts';
import { expect, test } from './support/app.ts';
import { failOnPageErrors } from './support/page-errors.ts';

// Issue 4's round trip on the demo study: levels labelled on the image, a left L4–L5
// subarticular extrusion anchored on its axial slice, a Modic type 1 at L5–S1, a left L5
// radiculopathy; then a reload brings all of it back from the database.

const demoStudy = useDemoStudy();
failOnPageErrors();

test('label the levels, anchor an extrusion, add a Modic 1 and a left L5 radiculopathy, reload: all of it is back', async ({ app }) => {
  const page = app.page;
  const reading = await DemoReading.open(app, demoStudy());
  const { viewer } = reading;

  await reading.markLumbosacralDisc();
  await expect(viewer.viewport(0).getByTestId('level-label')).toHaveCount(6);

  await reading.levelRow('L4-L5').click();
  await expect(viewer.viewport(2).getByTestId('axial-level')).toHaveText('L4–L5 disc');
  await page.keyboard.press('a');
  await page.getByRole('combobox', { name: /Finding type at L4-L5/ }).fill('left subarticular extrusion');
  await page.keyboard.press('Enter');
  await page.getByTestId('finding-editor').getByTestId('field-rootCompromise-grade').getByText('3 compression').click();
  const anchoredOn = await reading.anchorOnExtrusion();
  await page.keyboard.press('Escape');

  await reading.levelRow('L5-S1').click();
  await page.keyboard.press('a');
  await page.keyboard.type('modic 1');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(findingRows(page)).toHaveCount(2);

  await page.getByTestId('tab-clinical').click();
  await page.getByTestId('dermatome-front-left-L5').click();
  await page.getByTestId('leg-left').getByText('yes').click();
  await page.getByTestId('deficit-L5-left-motor').click();
  await page.getByTestId('tab-findings').click();
  await expectSaved(page);
  await expect(findingRow(page, 'f1').locator('.label-chip')).toHaveAttribute('data-label', 'likely-pain-generator');

  await page.reload();
  await page.getByTitle('Open for reading (Enter)').click();
  await viewer.waitForImage(0);
  await expectSaved(page);
  await expect(viewer.viewport(0).getByTestId('level-label')).toHaveCount(6);
  await expect(reading.label(0, 'L5-S1')).toHaveAttribute('data-placed-by', 'user');
  await expect(findingRows(page)).toHaveCount(2);
  await expect(findingRow(page, 'f1')).toContainText('left, extrusion subarticular');
  await expect(findingRow(page, 'f1').locator('.anchor-mark')).toHaveCount(1);
  await expect(findingRow(page, 'f1').locator('.label-chip')).toHaveAttribute('data-label', 'likely-pain-generator');
  await expect(findingRow(page, 'f2')).toContainText('type 1');
  await findingRow(page, 'f1').click();
  await expect(viewer.viewport(2)).toHaveAttribute('data-sop-uid', anchoredOn);
  await expect(viewer.viewport(2).getByTestId('anchor-arrow')).toHaveCount(1);
  await page.getByTestId('tab-clinical').click();
  await expect(page.getByTestId('dermatome-front-left-L5')).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('deficit-L5-left-motor')).toHaveAttribute('aria-selected', 'true');
});
