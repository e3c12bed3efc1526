import { correlate } from '../../shared/correlation/correlate.ts';
import { openCase } from '../../main/services/cases/open-case.ts';
import { expectSaved } from './case-helpers.ts';
import { REVIEWER, seedReviewCase } from './review-seed.ts';
import { expect, test } from './support/app.ts';

// Sign a demo case, find it in the case browser with the keyboard, review it (agree, disagree with
// a label, comment, overall note), update the clinical picture and see the correlation change,
// then read the review back in the radiologist's reading screen.
test('a spine physician reviews a signed case, and the radiologist sees the review', async ({ app }) => {
  const { studyInstanceUID } = await seedReviewCase(app);
  const page = app.page;
  await app.open();

  // The radiologist signs the report.
  await page.getByTestId('study-row').first().dblclick();
  await expect(page.getByTestId('reading-screen')).toBeVisible();
  await expectSaved(page);
  await expect(page.getByTestId('review-notice')).toHaveCount(0);
  await page.getByTestId('tab-report').click();
  const report = page.getByRole('region', { name: 'Report' });
  await page.keyboard.press('Alt+N');
  await page.getByLabel('Sign reports as').fill('Dr Ada Reader');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Signing as Dr Ada Reader' })).toBeVisible();
  await report.getByRole('button', { name: 'Sign report…' }).click();
  await report.getByRole('alertdialog').getByRole('button', { name: 'Sign', exact: true }).click();
  await expect(report.locator('.status-badge')).toHaveText('Signed');
  const snapshot = () => app.services.db.prepare('SELECT sha256, case_json AS caseJson FROM report_snapshots').get();
  const signed = snapshot();

  // The case browser, by keyboard: F to the filters, a herniation at L4–L5, / to search, Shift+Enter to review.
  await page.keyboard.press('Alt+2');
  const browser = page.getByTestId('case-browser');
  await expect(browser.getByTestId('case-row')).toHaveCount(1);
  await page.locator('body').press('F');
  await expect(page.getByLabel('Finding type')).toBeFocused();
  await page.keyboard.type('Disc herniation');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Level', { exact: true })).toBeFocused();
  await page.keyboard.type('L4-L5');
  await page.keyboard.press('Escape');
  await expect(browser.getByTestId('case-row')).toHaveCount(1);
  await page.keyboard.press('/');
  await page.keyboard.type('demo lumbar');
  await expect(browser.getByTestId('case-row')).toHaveCount(1);
  await expect(browser.getByTestId('browser-count')).toHaveText('1 case');
  await expect(browser.getByTestId('browser-label-counts').locator('[data-label="possibly-contributory"] strong')).toHaveText('2');
  await expect(browser.getByTestId('case-row')).toContainText('Final');
  await page.keyboard.press('Shift+Enter');

  // Review mode: the correlation frozen at sign-off, findings ranked by label.
  const review = page.getByTestId('review-screen');
  await expect(review).toBeVisible();
  await expect(review.getByTestId('review-basis')).toContainText('as signed by Dr Ada Reader');
  await expect(review.getByTestId('reviewer')).toHaveText(REVIEWER);
  const rows = review.getByTestId('review-finding');
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-finding-id')))).toEqual(['f1', 'f2', 'f3']);
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  const detail = review.getByTestId('review-detail');
  await expect(detail).toContainText('The root is compressed');
  await expect(detail.getByTestId('evidence').first()).toBeVisible();
  await expect(detail.getByTestId('key-image').locator('img')).toBeVisible();
  expect(await detail.getByTestId('key-image').locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);

  // Agree with the bulge (J J A), disagree with the Modic change giving a label (K X), comment on the extrusion (K C).
  await page.locator('body').press('J');
  await page.keyboard.press('J');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('A');
  await expect(rows.nth(2).locator('.verdict-badge')).toHaveText('Agree');
  await page.keyboard.press('K');
  await page.keyboard.press('X');
  const disagreeLabel = detail.getByTestId('disagree-label');
  await expect(disagreeLabel).toBeFocused();
  await disagreeLabel.selectOption('probably-incidental');
  await page.keyboard.press('Escape');
  await page.keyboard.press('C');
  await expect(detail.getByLabel('Comment on this finding')).toBeFocused();
  await page.keyboard.type('Chronic endplate change; no axial-pain pattern on examination.');
  await page.keyboard.press('Control+Enter');
  await expect(rows.nth(1).locator('.verdict-badge')).toContainText('Disagree');
  await expect(rows.nth(1).locator('.verdict-badge [data-label="probably-incidental"]')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('K');
  await page.keyboard.press('C');
  await page.keyboard.type('Check the L5 root on the axial images before surgery is discussed.');
  // Recorded with the button, by keyboard: the keyboard goes back to the findings once the button disables.
  await detail.getByRole('button', { name: /Record verdict/ }).press('Enter');
  await expect(detail.getByRole('button', { name: /Record verdict/ })).toBeDisabled();
  await expect(review.getByTestId('review-findings')).toBeFocused();
  await expect(rows.nth(0).locator('.verdict-badge')).toHaveText('Comment');
  await page.keyboard.press('Escape');
  await page.keyboard.press('O');
  await page.keyboard.type('Conservative care first; reassess in six weeks.');
  await page.keyboard.press('Escape');
  await expect(review.getByTestId('review-save-state')).toHaveAttribute('data-state', 'saved');
  await expect(review.getByTestId('review-progress')).toContainText('3 of 3 findings reviewed · 1 agree · 1 disagreement · 1 comment');
  await page.screenshot({ path: test.info().outputPath('review-screen.png') });

  // A new examination, for this review only: the correlation changes and says how.
  await page.keyboard.press('E');
  const clinical = review.getByTestId('clinical-update');
  await expect(clinical).toContainText('signed report and its snapshot are not changed');
  await clinical.getByTestId('dermatome-front-left-L5').click();
  await clinical.getByTestId('leg-left').getByText('yes').click();
  await clinical.getByTestId('deficit-L5-left-motor').click();
  const diff = clinical.getByTestId('diff-finding').filter({ has: page.locator('[data-label="likely-pain-generator"]') });
  await expect(diff).toHaveAttribute('data-finding-id', 'f1');
  await expect(diff).toContainText('+ Concordant: left L5 dermatomal leg pain and left L5 motor deficit.');
  await expect(diff).toContainText('− The leg-pain pattern and deficits are not recorded');
  await expect(review.getByTestId('review-save-state')).toHaveAttribute('data-state', 'saved');
  await page.screenshot({ path: test.info().outputPath('review-clinical-update.png') });
  await page.keyboard.press('Escape');
  // V puts the keyboard on the images here as in the reading screen; U is back to the findings (T places on the image).
  await page.keyboard.press('V');
  await expect(page.getByTestId('viewer')).toHaveAttribute('data-keyboard', 'true');
  await page.keyboard.press('U');
  await expect(review.getByRole('tab', { name: /Findings & verdicts/ })).toHaveAttribute('aria-selected', 'true');
  await expect(rows.nth(0).getByTestId('updated-label').locator('[data-label="likely-pain-generator"]')).toBeVisible();

  // The history: every entry, newest first, with who and when.
  await page.keyboard.press('H');
  const history = review.getByTestId('review-history').locator('tbody tr');
  await expect(history.first()).toContainText('Clinical picture updated: deficits');
  await expect(history.last()).toContainText('Agree on L3-L4 Disc bulge (labelled probably incidental)');
  await expect(review.getByTestId('review-history')).toContainText('Disagree → probably incidental on L5-S1 Modic endplate change (type 1) (labelled possibly contributory): Chronic endplate change');
  await page.screenshot({ path: test.info().outputPath('review-history.png') });

  // Nothing the radiologist signed was rewritten: the snapshot and the case's own clinical picture.
  expect(snapshot()).toEqual(signed);
  const caseView = openCase(app.services, studyInstanceUID);
  expect(caseView.document.clinical).toEqual({ durationWeeks: 8, axialPain: true });
  expect(correlate(caseView.document).findings.find((f) => f.id === 'f1')?.label).toBe('possibly-contributory');

  // The radiologist's reading screen: "Reviewed by … — 1 disagreement", with the details.
  await review.getByRole('button', { name: 'Reading screen' }).click();
  const notice = page.getByTestId('review-notice');
  await expect(notice.getByTestId('review-notice-title')).toHaveText(`Reviewed by ${REVIEWER} — 1 disagreement`);
  await notice.locator('summary').click();
  await expect(notice.getByTestId('review-notice-verdict')).toHaveCount(3);
  await expect(notice.locator('[data-verdict="disagree"]')).toContainText('Chronic endplate change');
  await expect(notice.getByTestId('review-notice-note')).toContainText('Conservative care first');
  await expect(notice.getByTestId('review-notice-clinical')).toContainText('(leg pain, deficits): L4-L5 Disc herniation (left, extrusion subarticular, L5 compression) possibly contributory → likely pain generator');
  await page.screenshot({ path: test.info().outputPath('reading-screen-review-notice.png') });

  // And the case browser knows it is reviewed.
  await page.keyboard.press('Alt+2');
  await expect(browser.getByTestId('case-row')).toContainText('Reviewed · 1 ✗');
  await page.screenshot({ path: test.info().outputPath('case-browser-reviewed.png') });
});

test('the physician sets the name the review is recorded under, and what follows is recorded under it', async ({ app }) => {
  await seedReviewCase(app);
  const page = app.page;
  await app.open();
  await page.keyboard.press('Alt+2');
  await page.getByTestId('case-browser').getByTestId('case-row').first().click();
  await page.keyboard.press('Shift+Enter');
  const review = page.getByTestId('review-screen');
  await expect(review.getByTestId('reviewer')).toHaveText(REVIEWER);

  await review.getByRole('button', { name: /Reviewing as/ }).focus();
  await page.keyboard.press('Enter');
  const field = page.getByLabel('Review as');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(REVIEWER);
  await field.fill('Dr Lee Physio');
  await page.keyboard.press('Enter');
  await expect(review.getByTestId('reviewer')).toHaveText('Dr Lee Physio');
  await expect(review.getByRole('button', { name: /Reviewing as/ })).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('review-reviewer-name.png') });

  await page.locator('body').press('A');
  await expect(review.getByTestId('review-finding').first().locator('.verdict-badge')).toHaveText('Agree');
  await page.keyboard.press('H');
  await expect(review.getByTestId('review-history').locator('tbody tr').first()).toContainText('Dr Lee Physio');
});
