import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test, expect, waitForServiceWorker } from './support/fixtures';

const nextBuild = resolve('.tmp/dist-next');

test.beforeAll(() => {
  // A second build of the same code with another build id: a "new version" to update to.
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--outDir',
      nextBuild,
      '--emptyOutDir',
      '--logLevel',
      'error',
    ],
    {
      env: { ...process.env, LULL_BUILD_ID: 'next' },
      stdio: 'inherit',
    },
  );
});

test('a new version waits for the person, then reloads into it', async ({ page, server }) => {
  await page.goto('/about');
  await waitForServiceWorker(page);
  await expect(page.getByText(/^Lull 0\.\d+\.\d+$/)).toBeVisible();

  server.setRoot(nextBuild);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Lull is ready.' });
  await expect(prompt).toBeVisible();
  // Nothing reloads by itself: the old version is still on screen.
  await expect(page.getByText(/^Lull 0\.\d+\.\d+$/)).toBeVisible();

  await prompt.getByRole('button', { name: 'Reload now' }).click();
  await expect(page.getByText(/^Lull 0\.\d+\.\d+\+next$/)).toBeVisible();
});
