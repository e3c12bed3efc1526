import { expect, test } from './support/app.ts';

test('the app opens on the study browser, dark and keyboard-first', async ({ app }) => {
  await app.open();
  await expect(app.page.getByText(/No studies yet/)).toBeVisible();
  const background = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(11, 13, 16)');

  await app.page.keyboard.press('?');
  const help = app.page.getByTestId('help-overlay');
  await expect(help).toBeVisible();
  await expect(help).toContainText('Import a folder, DICOMDIR or file');
  await app.page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await app.page.keyboard.press('Control+o');
  await expect(app.page.getByPlaceholder(/Path to a folder/)).toBeFocused();
});

test('a request without the token is refused', async ({ app, page }) => {
  const response = await page.request.post(`${app.server.origin}/rpc/app.info`, { data: {} });
  expect(response.status()).toBe(401);
});
