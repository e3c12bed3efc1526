import type { Page } from '@playwright/test';
import { caseStore } from '../../main/services/cases/case-store.ts';
import { expect, test } from './support/app.ts';
import { expectSaved, findingRows, screenshot, TINY_STUDY_UID, tinyStudyFolder } from './case-helpers.ts';

/** Presses Tab until the focused element matches `selector` (reading where the focus is; never clicking). */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

/** Adds a finding at the level the cursor is on, by type-ahead, and leaves its form open. */
async function add(page: Page, query: string): Promise<void> {
  await page.keyboard.press('a');
  await page.keyboard.type(query); // at once: the picker must already have the focus
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('finding-editor')).toBeVisible();
}

test('a radiologist records six levels, eight findings and a clinical picture with the keyboard alone', async ({ app, page }) => {
  const keys = page.keyboard;
  await app.open();

  // Import through the study browser and open the study.
  await keys.press('Control+o');
  await keys.type(tinyStudyFolder());
  await keys.press('Enter');
  await app.waitForImport();
  await keys.press('Shift+Tab'); // out of the path field; Enter now opens the selected study
  await keys.press('Enter');
  await expect(page.getByTestId('reading-screen')).toBeVisible();
  await expectSaved(page);
  await keys.press('1');
  const selectedRow = page.locator('[data-testid="level-list"] [aria-selected="true"]');
  await expect(selectedRow).toHaveAttribute('data-level', 'T12-L1');

  // T12–L1 and L1–L2 normal, one key each.
  await keys.press('n');
  await keys.press('j');
  await keys.press('n');
  await keys.press('j');
  await expect(selectedRow).toHaveAttribute('data-level', 'L2-L3');

  // L2–L3: a Schmorl node (on the vertebra above the disc) with oedema.
  await add(page, 'schmorl');
  await keys.press('ArrowRight');
  await keys.press('Escape');
  await keys.press('j');

  // L3–L4: a bulge and right facet arthropathy, Weishaupt 2.
  await expect(selectedRow).toHaveAttribute('data-level', 'L3-L4');
  await add(page, 'bulge');
  await keys.press('Escape');
  await add(page, 'right facet');
  await press(page, 'ArrowRight', 3);
  await keys.press('Escape');
  await keys.press('j');

  // L4–L5: a left subarticular extrusion compressing L5, and Pfirrmann IV degeneration.
  await expect(selectedRow).toHaveAttribute('data-level', 'L4-L5');
  await add(page, 'l subart extr');
  await tabTo(page, 'input[name$="-rootCompromise-grade"]');
  await press(page, 'ArrowRight', 4);
  await keys.press('Escape');
  await add(page, 'pfirrmann');
  await press(page, 'ArrowRight', 4);
  await keys.press('Escape');

  // Copy the degeneration to L5–S1 and make it Pfirrmann III there.
  await keys.press('c');
  await keys.type('l5s1');
  await keys.press('Enter');
  await expect(selectedRow).toContainText('Disc degeneration');
  await keys.press('e');
  await keys.press('ArrowLeft');
  await keys.press('Escape');

  // L5–S1: Modic type 1 and left foraminal stenosis (Lee 1; the exiting L5 root filled in).
  await add(page, 'modic 1');
  await keys.press('Escape');
  await add(page, 'left foram sten');
  await press(page, 'ArrowRight', 2);
  await keys.press('Escape');
  await expect(findingRows(page)).toHaveCount(8);

  // Undo and redo: a ninth finding comes and goes.
  await add(page, 'bulge');
  await keys.press('Escape');
  await expect(findingRows(page)).toHaveCount(9);
  await keys.press('Control+z');
  await expect(findingRows(page)).toHaveCount(8);
  await keys.press('Control+Shift+Z');
  await expect(findingRows(page)).toHaveCount(9);
  await keys.press('Control+z');
  await expect(findingRows(page)).toHaveCount(8);
  await expectSaved(page);

  // The clinical picture.
  await keys.press('2');
  await tabTo(page, '[data-testid="duration-weeks"]');
  await keys.type('8');
  await tabTo(page, 'input[name="axial-pain"]');
  await keys.press('ArrowRight'); // yes
  await tabTo(page, 'input[name="claudication"]');
  await press(page, 'ArrowRight', 2); // no
  await tabTo(page, '[data-testid="dermatome-map"]');
  await keys.press('l');
  await press(page, 'ArrowDown', 4); // L1 → L5
  await keys.press('Space');
  await expect(page.getByTestId('dermatome-front-left-L5')).toHaveAttribute('data-selected', 'true');
  await tabTo(page, 'input[name="below-knee-left"]');
  await keys.press('ArrowRight'); // yes
  await tabTo(page, 'input[name="slr-left"]');
  await keys.press('ArrowRight'); // positive
  await tabTo(page, 'input[name="slr-right"]');
  await press(page, 'ArrowRight', 2); // negative
  await tabTo(page, '[data-testid="deficit-grid"]');
  await press(page, 'ArrowDown', 4); // L5
  await keys.press('Space'); // left motor
  await keys.press('ArrowRight');
  await keys.press('Space'); // left sensory
  await tabTo(page, '[data-testid="red-flag-checklist"] button');
  await keys.press('Enter'); // none
  await tabTo(page, '.prior-surgery button:nth-of-type(2)');
  await keys.press('Enter'); // none
  await tabTo(page, '[data-testid="startback-total"]');
  await keys.type('5');
  await tabTo(page, '[data-testid="startback-distress"]');
  await keys.type('2');
  await tabTo(page, '[data-testid="clinical-notes"]');
  await expect(page.getByTestId('startback-risk')).toHaveText('medium risk');
  await keys.type('Left sciatica for two months after lifting; weak great-toe extension.');
  await keys.press('Tab');
  await expectSaved(page);
  await screenshot(page, 'keyboard-clinical');

  // Override the Modic label from the list: O opens the override, the reason saves with Ctrl+Enter.
  await keys.press('1');
  await press(page, 'j', 6);
  await keys.press('ArrowDown');
  await keys.press('ArrowDown');
  await expect(selectedRow).toContainText('Modic');
  await keys.press('o');
  await expect(page.getByTestId('override-form')).toBeVisible();
  await press(page, 'ArrowRight', 3); // probably incidental
  await keys.press('Tab');
  await keys.type('Chronic endplate change, unchanged on the 2023 study');
  await keys.press('Control+Enter');
  await expect(page.getByTestId('finding-details').locator('.label-chip.label-probably-incidental')).toBeVisible();
  // Removed by keyboard, the keyboard stays in the form (on the label), and the override goes back in with Ctrl+Enter.
  await keys.press('Tab');
  await keys.press('Tab');
  await expect(page.getByRole('button', { name: 'Remove override' })).toBeFocused();
  await keys.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove override' })).toHaveCount(0);
  await expect(page.getByTestId('override-form').getByRole('radio', { name: 'Override label: probably incidental' })).toBeFocused();
  await keys.press('Tab');
  await keys.press('Control+Enter');
  await expect(page.getByTestId('finding-details').locator('.label-chip.label-probably-incidental')).toBeVisible();
  await keys.press('Escape'); // out of the reason field
  await keys.press('Escape'); // back to the list
  await expect(page.getByTestId('level-list')).toBeFocused();
  await expectSaved(page);
  await screenshot(page, 'keyboard-findings');

  // What was entered is on disk.
  const store = caseStore(app.services.db);
  const row = store.cases.byStudy(TINY_STUDY_UID)!;
  const findings = store.findings.list(row.id).map((f) => ({ level: f.level, type: f.type, side: f.side, ...JSON.parse(f.attributes) }));
  expect(findings).toEqual([
    { level: 'L2', type: 'schmorl-node', side: null, edema: true },
    { level: 'L3-L4', type: 'disc-bulge', side: null },
    { level: 'L3-L4', type: 'facet-arthropathy', side: 'right', grade: 2 },
    { level: 'L4-L5', type: 'disc-herniation', side: 'left', morphology: 'extrusion', zone: 'subarticular', rootCompromise: { root: 'L5', grade: 'compression' } },
    { level: 'L4-L5', type: 'disc-degeneration', side: null, pfirrmann: 4 },
    { level: 'L5-S1', type: 'disc-degeneration', side: null, pfirrmann: 3 },
    { level: 'L5-S1', type: 'modic', side: null, modicType: '1' },
    { level: 'L5-S1', type: 'foraminal-stenosis', side: 'left', grade: 1, root: 'L5' },
  ]);
  expect(store.cases.levels(row.id).filter((l) => l.normal === 1).map((l) => l.level).sort()).toEqual(['L1-L2', 'T12-L1']);
  expect(JSON.parse(store.clinical.get(row.id))).toEqual({
    durationWeeks: 8,
    axialPain: true,
    neurogenicClaudication: false,
    legPain: [{ side: 'left', roots: ['L5'], belowKnee: true }],
    straightLegRaise: { left: true, right: false },
    deficits: [{ root: 'L5', side: 'left', kind: 'motor' }, { root: 'L5', side: 'left', kind: 'sensory' }],
    redFlags: [],
    priorSurgery: [],
    startBack: { total: 5, distress: 2 },
    notes: 'Left sciatica for two months after lifting; weak great-toe extension.',
  });
  expect(store.findings.overrides(row.id)).toMatchObject([{ label: 'probably-incidental', reason: 'Chronic endplate change, unchanged on the 2023 study' }]);
});
