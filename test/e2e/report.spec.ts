import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFindingAnchor } from '../../main/services/cases/findings.ts';
import { writeDemoStudy } from '../fixtures/phantom/write-demo.ts';
import { checkSr } from '../unit/main/services/export/sr/dicom-checks.ts';
import { demoAnchor } from '../unit/main/services/report/demo-report.ts';
import { pdfText } from '../unit/main/services/report/pdf-text.ts';
import { expectSaved } from './case-helpers.ts';
import { expect, test } from './support/app.ts';

const IMPRESSION = 'Likely pain generator: left L4–L5 subarticular extrusion compressing the traversing left L5 root, concordant with the left L5 radiculopathy.';

// Tagging, the clinical picture and the report go through the UI; the anchor is placed through the
// case service (placing it by clicking the right axial slice in the viewer is the viewer's own test).
test('the demo case from tagging to a signed report, with the PDF and the SR written and checked', async ({ app, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-report-'));
  try {
    const demo = writeDemoStudy(root);
    const study = demo.manifest.study.studyInstanceUid;
    const page = app.page;
    await app.open();
    await app.importPath(demo.studyDir);
    await app.waitForImport('done');
    await page.getByTestId('study-row').first().dblclick();
    await expect(page.getByTestId('reading-screen')).toBeVisible();
    await expectSaved(page);

    // Tag a left L4–L5 subarticular extrusion compressing L5, and a left L5 radiculopathy.
    await page.getByTestId('level-row').filter({ hasText: 'L4-L5' }).click();
    await page.keyboard.press('a');
    await page.getByRole('combobox', { name: /Finding type at L4-L5/ }).fill('left subarticular extrusion');
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('finding-editor');
    await editor.getByTestId('field-rootCompromise-grade').getByText('3 compression').click();
    await page.keyboard.press('Escape');
    await page.getByTestId('tab-clinical').click();
    await page.getByTestId('dermatome-front-left-L5').click();
    await page.getByTestId('leg-left').getByText('yes').click();
    await page.getByTestId('deficit-L5-left-motor').click();
    await page.getByTestId('duration-weeks').fill('8');
    await page.getByTestId('duration-weeks').press('Tab');
    await expectSaved(page);

    // Anchor the extrusion on the axial image the phantom drew it on, then reopen the study.
    const extrusion = demo.manifest.findings.discExtrusion;
    const findingId = (app.services.db.prepare("SELECT finding_uid FROM findings WHERE type = 'disc-herniation'").pluck().get() as string);
    setFindingAnchor(app.services, { studyInstanceUID: study, findingId, anchor: demoAnchor(demo, extrusion.axial.sopInstanceUid, extrusion.center) });
    await page.reload();
    await page.getByTestId('study-row').first().dblclick();
    await expectSaved(page);

    // The report tab: drafted from the findings and the clinical picture.
    await page.getByTestId('tab-report').click();
    const panel = page.getByRole('region', { name: 'Report' });
    const section = (id: string) => panel.locator(`[data-section="${id}"] textarea`);
    await expect(panel.locator('.status-badge')).toHaveText('Draft');
    await expect(section('impression')).toHaveValue(`1. ${IMPRESSION}`);
    await expect(section('findings')).toHaveValue(/L4–L5: Left subarticular disc extrusion compressing the traversing left L5 root\./);
    await expect(section('indication')).toHaveValue(/left leg pain .*in the L5 dermatome, for 8 weeks\. .*Left L5 motor deficit\./);

    // Edit freely: autosaved as a new version.
    await section('indication').fill('Left sciatica for two months with weak great-toe extension.');
    await expect(panel.locator('.save-state')).toHaveText('Saved');
    await expect(panel.locator('[data-section="indication"] .tag.edited')).toBeVisible();

    // Tag another finding: untouched sections regenerate, the edit stays.
    await page.getByTestId('tab-findings').click();
    await page.getByTestId('level-row').filter({ hasText: 'L5-S1' }).click();
    await page.keyboard.press('a');
    await page.keyboard.type('modic 1');
    await page.keyboard.press('Enter');
    await expect(editor).toContainText('Modic endplate change');
    await page.keyboard.press('Escape');
    await expectSaved(page);
    await page.getByTestId('tab-report').click();
    await expect(section('findings')).toHaveValue(/L5–S1: Modic type 1 endplate changes\./);
    await expect(section('indication')).toHaveValue('Left sciatica for two months with weak great-toe extension.');
    await expect(panel.getByRole('status').filter({ hasText: 'The findings changed' })).toContainText('kept your edits');
    await panel.screenshot({ path: test.info().outputPath('report-panel-draft.png') });
    await page.screenshot({ path: test.info().outputPath('reading-screen-report.png') });

    // A toolbar button pressed by keyboard keeps the keyboard through its work.
    const update = panel.getByRole('button', { name: 'Update from findings' });
    await update.press('Enter');
    await expect(update).toBeEnabled();
    await expect(update).toBeFocused();

    // Copy as text.
    await panel.getByRole('button', { name: 'Copy as text' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`IMPRESSION\n1. ${IMPRESSION}`);
    expect(copied).toContain('Left sciatica for two months');

    // Alt+N opens the name field from anywhere; Escape closes it and the keyboard is back where it was.
    await section('indication').focus();
    await page.keyboard.press('Alt+N');
    await expect(page.getByLabel('Sign reports as')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(section('indication')).toBeFocused();
    await expect(panel.locator('.report-history summary')).toHaveText(/History \(\d+ versions?\)/);

    // Signing without a name is refused plainly, pointing to the top bar, where the name is set by keyboard.
    const signButton = panel.getByRole('button', { name: 'Sign report…' });
    await signButton.focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('alert')).toContainText('Not signed: no name is set');
    await expect(panel.getByRole('alert')).toContainText('top bar');
    await expect(panel.getByRole('alertdialog')).toHaveCount(0);
    await panel.getByRole('button', { name: 'Set your name' }).press('Enter');
    await expect(page.getByLabel('Sign reports as')).toBeFocused();
    await page.keyboard.type('Dr Ada Reader');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Signing as Dr Ada Reader' })).toBeVisible();
    await expect(panel.getByRole('alert')).toHaveCount(0);

    // Sign by keyboard: back on the sign button, the confirmation takes the focus, Escape gives it
    // back, Enter signs, and the focus lands on the signed line, visibly.
    await expect(signButton).toBeFocused();
    await page.keyboard.press('Enter');
    const confirmSign = panel.getByRole('alertdialog').getByRole('button', { name: 'Sign', exact: true });
    await expect(confirmSign).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel.getByRole('alertdialog')).toHaveCount(0);
    await expect(signButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(confirmSign).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel.locator('.status-badge')).toHaveText('Signed');
    const signedLine = panel.locator('.signed-line');
    await expect(signedLine).toContainText('Signed by Dr Ada Reader');
    await expect(signedLine).toBeFocused();
    expect(await signedLine.evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
    await expect(signedLine).toContainText(/on \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await expect(section('impression')).toHaveAttribute('readonly', '');
    await panel.screenshot({ path: test.info().outputPath('report-panel-signed.png') });

    // The PDF.
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'PDF' }).click()]);
    const pdfPath = test.info().outputPath(pdfDownload.suggestedFilename());
    await pdfDownload.saveAs(pdfPath);
    const pdf = fs.readFileSync(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain(IMPRESSION);
    expect(text).toContain('Dr Ada Reader');
    expect(text).toContain('KEY IMAGES');

    // The DICOM SR.
    const [srDownload] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'DICOM SR' }).click()]);
    const srPath = test.info().outputPath(srDownload.suggestedFilename());
    await srDownload.saveAs(srPath);
    const checks = checkSr(fs.readFileSync(srPath));
    expect(checks.iodErrors).toEqual([]);
    expect(checks.dsrdumpErrors).toEqual([]);
    expect(checks.dump).toContain('(0008,0016) UI =ComprehensiveSRStorage');
    expect(checks.tree).toContain('"Person Observer Name")="Reader^Ada^^Dr"');
    expect(checks.tree).toMatch(/"Tracking Identifier"\)="Finding f\d+: left L4–L5 subarticular extrusion/);
    expect(checks.tree).toMatch(/"Tracking Identifier"\)="Finding f\d+: L5–S1 Modic type 1/);
    expect(checks.tree).toContain(`=(MR image,"${extrusion.axial.sopInstanceUid}")`);

    // After signing: an addendum with its own time; the history keeps every version.
    await panel.getByLabel(/Addendum/).fill('Discussed with the referring clinician.');
    await panel.getByRole('button', { name: 'Sign addendum' }).press('Enter');
    await expect(panel.getByRole('region', { name: 'Addendum' })).toContainText('Discussed with the referring clinician.');
    await expect(panel.locator('#report-addendum')).toBeFocused();
    await expect(panel.locator('#report-addendum')).toHaveValue('');
    await panel.locator('.report-history summary').click();
    await expect(panel.locator('.report-history li')).toHaveCount(await panel.locator('.report-history li').count());
    await expect(panel.locator('.report-history')).toContainText('Signed · Dr Ada Reader');
    await panel.screenshot({ path: test.info().outputPath('report-panel-addendum.png') });

    // An amendment: drafted from the signed text, signed with its reason and its own time; the original stays.
    await panel.getByRole('button', { name: 'Start amendment' }).press('Enter');
    await expect(panel.locator('.status-badge')).toHaveText('Amendment draft');
    await expect(panel.getByLabel('Reason for the amendment')).toBeFocused();
    await section('impression').fill(`1. ${IMPRESSION}\n2. Possibly contributory: L5–S1 Modic type 1 endplate changes (active oedema pattern).`);
    await expect(panel.locator('.save-state')).toHaveText('Saved');
    await panel.getByLabel('Reason for the amendment').fill('Modic change described more fully');
    await panel.getByRole('button', { name: 'Sign amended report…' }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(panel.locator('.status-badge')).toHaveText('Amended');
    await expect(panel.locator('.signed-line')).toContainText('Reason: Modic change described more fully');
    await expect(panel.locator('.report-history')).toContainText('Amended (signed) · Dr Ada Reader');
    const original = panel.locator('.report-history li', { hasText: 'Signed · Dr Ada Reader' }).getByRole('button');
    await original.click();
    await expect(panel.locator('.report-version-text pre')).not.toContainText('active oedema pattern');
    await expect(panel.locator('.report-version-text pre')).toContainText('Signed by Dr Ada Reader on');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
