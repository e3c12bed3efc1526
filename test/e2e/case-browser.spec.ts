import fs from 'node:fs';
import path from 'node:path';
import { updateClinical } from '../../main/services/cases/clinical.ts';
import { addFinding } from '../../main/services/cases/findings.ts';
import { openCase } from '../../main/services/cases/open-case.ts';
import { PREFERENCES_FILE } from '../../main/services/cases/user.ts';
import { writePreferences } from '../../main/services/preferences/preferences.ts';
import { openReport, signReport } from '../../main/services/report/report-service.ts';
import { setVerdict } from '../../main/services/review/review-service.ts';
import { seedStudy } from '../unit/main/services/cases/support/seed-study.ts';
import { expect, test, type AppPage } from './support/app.ts';

const SIGNED = '1.2.826.0.1.3680043.8.498.3001';
const URGENT = '1.2.826.0.1.3680043.8.498.3002';
const YOUNG = '1.2.826.0.1.3680043.8.498.3003';
const UNDATED = '1.2.826.0.1.3680043.8.498.3004';

/** Four cases in the index (no image files: the browser needs none): signed and reviewed, urgent, young, undated. */
function seedCases(app: AppPage): void {
  const services = app.services;
  fs.writeFileSync(path.join(app.dataDir, PREFERENCES_FILE), JSON.stringify({ userName: 'Dr Sam Spine' }));
  seedStudy(services.db, { studyInstanceUID: SIGNED, sex: 'F', patientAge: '045Y', studyDate: '20260131' });
  seedStudy(services.db, { studyInstanceUID: URGENT, sex: 'M', patientAge: '071Y', studyDate: '20250610' });
  seedStudy(services.db, { studyInstanceUID: YOUNG, sex: 'F', patientAge: '030Y', studyDate: '20241130' });
  seedStudy(services.db, { studyInstanceUID: UNDATED, sex: 'M', patientAge: '052Y', studyDate: null });
  for (const uid of [SIGNED, URGENT, YOUNG, UNDATED]) openCase(services, uid);
  updateClinical(services, { studyInstanceUID: SIGNED, changes: { durationWeeks: 8, legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }], deficits: [{ root: 'L5', side: 'left', kind: 'motor' }] } });
  addFinding(services, { studyInstanceUID: SIGNED, finding: { id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular', rootCompromise: { root: 'L5', grade: 'compression' } } });
  addFinding(services, { studyInstanceUID: SIGNED, finding: { id: 'f2', level: 'L3-L4', type: 'disc-bulge' } });
  writePreferences(app.dataDir, { radiologistName: 'Dr Ada Reader' });
  const signed = signReport(services, { studyInstanceUID: SIGNED, baseNumber: openReport(services, SIGNED).version.number });
  setVerdict(services, { studyInstanceUID: SIGNED, basisVersion: signed.version.number, findingId: 'f2', verdict: 'disagree', label: 'possibly-contributory' });
  addFinding(services, { studyInstanceUID: URGENT, finding: { id: 'f1', level: 'L2', type: 'fracture', acuity: 'acute', cause: 'pathologic-suspected' } });
  updateClinical(services, { studyInstanceUID: URGENT, changes: { redFlags: ['cancer-history'] } });
  addFinding(services, { studyInstanceUID: YOUNG, finding: { id: 'f1', level: 'L5-S1', type: 'modic', modicType: '2' } });
}

test('the case browser: counts per label, sorting, filters and search by keyboard, Enter opens, state kept', async ({ app }) => {
  seedCases(app);
  const page = app.page;
  await app.open();
  await page.keyboard.press('Alt+2');
  const browser = page.getByTestId('case-browser');
  const rows = browser.getByTestId('case-row');
  const order = () => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-study-uid')));

  // Every case, newest study first, the undated last; counts per label over what is shown.
  await expect(rows).toHaveCount(4);
  expect(await order()).toEqual([SIGNED, URGENT, YOUNG, UNDATED]);
  await expect(browser.getByTestId('browser-count')).toHaveText('4 cases');
  const total = (label: string) => browser.locator(`.label-total[data-label="${label}"]`);
  await expect(total('urgent-red-flag')).toContainText('1 in 1 case');
  await expect(total('likely-pain-generator')).toContainText('1 in 1 case');
  await expect(rows.nth(0)).toContainText('Reviewed · 1 ✗');
  await expect(rows.nth(1).locator('.red-flag-mark')).toBeVisible();
  await expect(rows.nth(0)).toHaveAttribute('aria-selected', 'true');
  await page.screenshot({ path: test.info().outputPath('case-browser.png') });

  // Sorting: a click, or Enter on a focused column header.
  await browser.getByTestId('sort-age').click();
  expect(await order()).toEqual([YOUNG, SIGNED, UNDATED, URGENT]);
  await browser.getByTestId('sort-age').click();
  expect(await order()).toEqual([URGENT, UNDATED, SIGNED, YOUNG]);
  await browser.getByTestId('sort-labels').focus();
  await page.keyboard.press('Enter');
  expect(await order()).toEqual([URGENT, SIGNED, YOUNG, UNDATED]);
  await expect(browser.locator('th[aria-sort="descending"]')).toContainText('Labels');

  // Arrows move the selection; Enter opens it in the reading screen; back, the browser is as it was.
  await page.keyboard.press('Escape');
  await page.locator('.case-table-wrap').focus();
  // The selection stayed with its case through the sorting.
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rows.nth(2)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('reading-screen')).toBeVisible();
  await expect(page.getByTestId('review-notice-title')).toHaveText('Reviewed by Dr Sam Spine — 1 disagreement');
  await page.keyboard.press('Alt+2');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  expect(await order()).toEqual([URGENT, SIGNED, YOUNG, UNDATED]);

  // Filters by keyboard: F, then Tab to the first label (urgent) and Space.
  await page.locator('body').press('F');
  await expect(page.getByLabel('Finding type')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(browser.getByRole('checkbox', { name: 'urgent red flag' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(rows).toHaveCount(1);
  expect(await order()).toEqual([URGENT]);
  await page.keyboard.press('Space');
  await expect(rows).toHaveCount(4);
  await browser.getByRole('checkbox', { name: 'Reviewed' }).focus();
  await page.keyboard.press('Space');
  await expect(rows).toHaveCount(1);
  expect(await order()).toEqual([SIGNED]);
  await page.keyboard.press('Space');
  await browser.getByLabel('Red flags').selectOption('absent');
  await expect(rows).toHaveCount(3);
  // Dates are typed year first, as the app shows them; a partial date sets no bound and says so.
  await browser.getByLabel('Red flags').selectOption('any');
  await browser.getByLabel('Studies from').fill('2025-01');
  await expect(browser.getByLabel('Studies from')).toHaveAttribute('aria-invalid', 'true');
  await expect(rows).toHaveCount(4);
  await browser.getByLabel('Studies from').fill('2025-01-01');
  await expect(browser.getByLabel('Studies from')).toHaveAttribute('aria-invalid', 'false');
  await expect(rows).toHaveCount(2);
  expect(await order()).toEqual([URGENT, SIGNED]);
  await browser.getByRole('button', { name: 'Clear' }).click();
  await expect(rows).toHaveCount(4);
  await expect(browser.getByLabel('Studies from')).toHaveValue('');

  // Search by the findings' attributes, the counts per label following what is shown.
  await page.keyboard.press('Escape');
  await page.locator('body').press('/');
  await page.keyboard.type('extrusion L4-L5');
  await expect(rows).toHaveCount(1);
  expect(await order()).toEqual([SIGNED]);
  await expect(total('likely-pain-generator')).toContainText('1 in 1 case');
  await expect(total('urgent-red-flag')).toContainText('0 in 0 cases');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Modic 2');
  await expect(rows).toHaveCount(1);
  expect(await order()).toEqual([YOUNG]);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('pathological');
  await expect(total('urgent-red-flag')).toContainText('1 in 1 case');
  await expect(rows).toHaveCount(1);
  expect(await order()).toEqual([URGENT]);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await expect(rows).toHaveCount(4);

  // Search: / then words; the arrows and Enter work from the search box; Shift+Enter opens review mode.
  await page.keyboard.press('Escape');
  await page.locator('body').press('/');
  await page.keyboard.type('modic');
  await expect(rows).toHaveCount(1);
  await expect(browser.getByTestId('browser-count')).toHaveText('1 case of 4');
  await expect(total('urgent-red-flag')).toContainText('0 in 0 cases');
  await page.keyboard.press('Shift+Enter');
  await expect(page.getByTestId('review-screen')).toBeVisible();
  await expect(page.getByTestId('review-basis')).toHaveAttribute('data-basis', 'live');
  await expect(page.getByTestId('review-basis')).toContainText('Not signed: the live correlation');
});
