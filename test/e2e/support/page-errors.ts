import type { Page } from '@playwright/test';
import { expect, test } from './app.ts';

/**
 * Fails each test of the spec file that calls this when the page threw or left a promise
 * rejection unhandled (both reach Playwright as `pageerror`), even if everything it checked
 * looked right. Messages and stacks only: no patient data is in them.
 */
export function failOnPageErrors(): void {
  const seen = new WeakMap<Page, string[]>();
  test.beforeEach(({ page }) => {
    const errors: string[] = [];
    seen.set(page, errors);
    page.on('pageerror', (error) => errors.push(error.stack || `${error.name}: ${error.message}`));
  });
  test.afterEach(({ page }) => {
    expect(seen.get(page) ?? [], 'uncaught errors and unhandled rejections in the page').toEqual([]);
  });
}
