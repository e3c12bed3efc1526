import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { runCli } from '../../main/cli/index.ts';
import { writeTinyStudy } from '../unit/main/services/cases/support/tiny-study.ts';
import { allScenarios } from '../unit/shared/correlation/scenarios/index.ts';
import { expectSaved, findingRow } from './case-helpers.ts';
import { expect, test } from './support/app.ts';

const STUDY_UID = '1.2.826.0.1.3680043.8.498.77077';

async function cliLabels(caseFile: string): Promise<Record<string, string>> {
  let out = '';
  const stdout = new Writable({ write: (chunk, _e, done) => ((out += String(chunk)), done()) });
  const stderr = new Writable({ write: (_c, _e, done) => done() });
  expect(await runCli(['correlate', caseFile, '--json'], { stdout, stderr }, {})).toBe(0);
  const correlation = JSON.parse(out) as { findings: { id: string; label: string }[] };
  return Object.fromEntries(correlation.findings.map((f) => [f.id, f.label]));
}

test('the reading screen shows the labels the command line gives, on every clinical scenario', async ({ app, page }) => {
  test.setTimeout(600_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-scenarios-'));
  try {
    // A study whose header states no age, so a scenario without an age stays without one.
    writeTinyStudy(path.join(dir, 'study'), STUDY_UID, { birthDate: '', age: '', sex: 'O' });
    await app.open();
    await app.importPath(path.join(dir, 'study'));
    await app.waitForImport();
    await page.getByTestId('study-row').first().dblclick();
    await expect(page.getByTestId('reading-screen')).toBeVisible();

    let chipsCompared = 0;
    for (const [index, scenario] of allScenarios.entries()) {
      const caseJson = { ...scenario.case, study: { studyInstanceUID: STUDY_UID } };
      const caseFile = path.join(dir, `scenario-${index}.json`);
      fs.writeFileSync(caseFile, JSON.stringify(caseJson));
      const fromCli = await cliLabels(caseFile);

      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('textbox', { name: 'Case JSON' }).fill(JSON.stringify(caseJson));
      await page.keyboard.press('Control+Enter');
      await expect(page.getByTestId('case-import')).toBeHidden();
      await expectSaved(page);

      for (const findingId of Object.keys(scenario.expect)) {
        const chip = findingRow(page, findingId).locator('[data-label]').first();
        await expect(chip, `${scenario.name}: finding ${findingId}`).toHaveAttribute('data-label', fromCli[findingId]!);
        chipsCompared += 1;
      }
      expect(fromCli, scenario.name).toMatchObject(scenario.expect);
    }
    expect(chipsCompared).toBe(allScenarios.reduce((n, s) => n + Object.keys(s.expect).length, 0));
    expect(chipsCompared).toBeGreaterThan(50);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
