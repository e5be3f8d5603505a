import { defineConfig } from '@playwright/test';
import { findChromium } from './scripts/chromium.mjs';

// Fails the run with install instructions when there is no Chromium: never a quiet skip.
findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // On CI, one more try for a test that fails: the report lists it as "flaky", so it is seen,
  // but one slow disk moment on a fresh machine does not throw away a run. A real failure
  // fails twice. Locally every failure counts at once.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'off' },
});
