import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

// Fails the run with install instructions when there is no Chromium: never a quiet skip.
findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
