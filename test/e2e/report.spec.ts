import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { updateClinical } from '../../main/services/cases/clinical.ts';
import { addFinding } from '../../main/services/cases/findings.ts';
import { writeDemoStudy } from '../fixtures/phantom/write-demo.ts';
import { checkSr } from '../unit/main/services/export/sr/dicom-checks.ts';
import { demoAnchor } from '../unit/main/services/report/demo-report.ts';
import { pdfText } from '../unit/main/services/report/pdf-text.ts';
import { expect, test } from './support/app.ts';

const IMPRESSION = 'Likely pain generator: left L4–L5 subarticular extrusion compressing the traversing left L5 root, concordant with the left L5 radiculopathy.';

// The reading screen's tagging UI lives on the cases branch and is not in this tree yet: the
// findings and the clinical picture are tagged through the same case services its channels call.
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
    await page.getByTestId('study-row').first().click();
    await page.getByRole('button', { name: /^Open/ }).click();

    const panel = page.getByRole('complementary', { name: 'Report' });
    const section = (id: string) => panel.locator(`[data-section="${id}"] textarea`);
    await expect(panel.locator('.status-badge')).toHaveText('Draft');
    await expect(section('impression')).toHaveValue('1. No abnormality of the lumbar spine.');

    // Tag the case: a left L5 radiculopathy and the extrusion the phantom drew, anchored on its axial image.
    updateClinical(app.services, {
      studyInstanceUID: study,
      changes: { durationWeeks: 8, axialPain: true, legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }], deficits: [{ root: 'L5', side: 'left', kind: 'motor' }], redFlags: [] },
    });
    const extrusion = demo.manifest.findings.discExtrusion;
    addFinding(app.services, {
      studyInstanceUID: study,
      finding: {
        id: 'f1', level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular',
        rootCompromise: { root: 'L5', grade: 'compression' }, anchor: demoAnchor(demo, extrusion.axial.sopInstanceUid, extrusion.center),
      },
    });
    await panel.getByRole('button', { name: 'Update from findings' }).click();
    await expect(section('impression')).toHaveValue(`1. ${IMPRESSION}`);
    await expect(section('findings')).toHaveValue(/L4–L5: Left subarticular disc extrusion compressing the traversing left L5 root\./);

    // Edit freely: autosaved as a new version.
    await section('indication').fill('Left sciatica for two months with weak great-toe extension.');
    await expect(panel.locator('.save-state')).toHaveText('Saved');
    await expect(panel.locator('[data-section="indication"] .tag.edited')).toBeVisible();

    // Findings change: untouched sections regenerate, the edit stays.
    addFinding(app.services, { studyInstanceUID: study, finding: { id: 'f2', level: 'L5-S1', type: 'modic', modicType: '1' } });
    await panel.getByRole('button', { name: 'Update from findings' }).click();
    await expect(section('findings')).toHaveValue(/L5–S1: Modic type 1 endplate changes\./);
    await expect(section('indication')).toHaveValue('Left sciatica for two months with weak great-toe extension.');
    await expect(panel.getByRole('status').filter({ hasText: 'The findings changed' })).toContainText('kept your edits');
    await panel.screenshot({ path: test.info().outputPath('report-panel-draft.png') });

    // Copy as text.
    await panel.getByRole('button', { name: 'Copy as text' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`IMPRESSION\n1. ${IMPRESSION}`);
    expect(copied).toContain('Left sciatica for two months');

    // Sign with the name set once in preferences.
    await panel.getByLabel(/Your name, as reports are signed/).fill('Dr Ada Reader');
    await panel.getByRole('button', { name: 'Save name' }).click();
    await panel.getByRole('button', { name: 'Sign report…' }).click();
    await panel.getByRole('alertdialog').getByRole('button', { name: 'Sign', exact: true }).click();
    await expect(panel.locator('.status-badge')).toHaveText('Signed');
    await expect(panel.locator('.signed-line')).toContainText('Signed by Dr Ada Reader');
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
    expect(checks.tree).toMatch(/"Tracking Identifier"\)="Finding f1: left L4–L5 subarticular extrusion/);
    expect(checks.tree).toMatch(/"Tracking Identifier"\)="Finding f2: L5–S1 Modic type 1/);
    expect(checks.tree).toContain(`=(MR image,"${extrusion.axial.sopInstanceUid}")`);

    // After signing: an addendum with its own time; the history keeps every version.
    await panel.getByLabel(/Addendum/).fill('Discussed with the referring clinician.');
    await panel.getByRole('button', { name: 'Sign addendum' }).click();
    await expect(panel.getByRole('region', { name: 'Addendum' })).toContainText('Discussed with the referring clinician.');
    await panel.locator('.report-history summary').click();
    await expect(panel.locator('.report-history li')).toHaveCount(await panel.locator('.report-history li').count());
    await expect(panel.locator('.report-history')).toContainText('Signed · Dr Ada Reader');
    await panel.screenshot({ path: test.info().outputPath('report-panel-addendum.png') });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
