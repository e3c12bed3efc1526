import { defineConfig } from '@playwright/test';

// End-to-end tests drive the real renderer in Debian's Chromium against the preview transport
// (../shared/design.md). Never `npx playwright install`: the browser comes from apt.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_FLAGS,
    },
    viewport: { width: 1600, height: 1000 },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
