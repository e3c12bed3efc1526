import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AppPage } from './support/app.ts';
import { TINY_STUDY_UID, writeTinyStudy } from '../unit/main/services/cases/support/tiny-study.ts';

export { TINY_STUDY_UID };

/** A real three-image DICOM study on disk, for importing through the UI. */
export function tinyStudyFolder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spinecorrelate-e2e-study-'));
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  writeTinyStudy(dir);
  return dir;
}

/** Waits until every edit is on disk (the save indicator says so). */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
}

export function findingRows(page: Page): Locator {
  return page.getByTestId('finding-row');
}

export function findingRow(page: Page, findingId: string): Locator {
  return page.locator(`[data-testid="finding-row"][data-finding-id="${findingId}"]`);
}

/** Imports the tiny study through the study browser and opens it for reading. */
export async function importAndOpen(app: AppPage): Promise<void> {
  await app.open();
  await app.importPath(tinyStudyFolder());
  await app.waitForImport();
  await app.page.getByTestId('study-row').first().dblclick();
  await expect(app.page.getByTestId('reading-screen')).toBeVisible();
  await expectSaved(app.page);
}

/** Saves a screenshot for a person to look at (test-results/screens/…). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join('test-results', 'screens', `${name}.png`) });
}
