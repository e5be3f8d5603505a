import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { StaticServer } from '../../scripts/static-server.mjs';
import { test, expect, waitForServiceWorker } from './support/fixtures';
import { stretchSecondsLeft } from './support/routine';

const nextBuild = resolve('.tmp/dist-next');

// One worker builds the next version once and runs these tests one after the other: two
// workers would each build into the same folder at once.
test.describe.configure({ mode: 'default' });

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

/** Opens /routine, starts the wind-down, ticks off the habits and begins the calf stretches. */
async function intoTheStretches(page: Page) {
  await page.goto('/routine');
  await waitForServiceWorker(page);
  await page.getByRole('button', { name: 'Start wind-down' }).click();
  for (let habit = 0; habit < 4; habit++) await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Calf stretches' })).toBeVisible();
  await page.getByRole('button', { name: 'Begin the stretches' }).click();
  await expect(page.getByRole('heading', { name: 'Wall calf stretch' })).toBeVisible();
}

/** True while a new version is installed and waiting (run in the page). */
const hasWaitingVersion = async () =>
  Boolean((await navigator.serviceWorker.getRegistration())?.waiting);

/** Puts the next build on the server and has the page look for it, as it does hourly. */
async function deployNextVersion(page: Page, server: StaticServer) {
  server.setRoot(nextBuild);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
  // Installed and waiting: from here on, only the page could make it take over.
  await expect.poll(() => page.evaluate(hasWaitingVersion)).toBe(true);
}

test('a new version arriving during the routine never reloads it: it is offered once it ends', async ({
  page,
  server,
}) => {
  await intoTheStretches(page);
  // A mark on this page's window: a reload would lose it.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  let navigations = 0;
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  const before = await stretchSecondsLeft(page);

  await deployNextVersion(page, server);
  // The routine carries on in the same page, its timer still moving, and nothing interrupts
  // it: the prompt waits.
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Lull is ready.' });
  await expect.poll(() => stretchSecondsLeft(page)).toBeLessThan(before - 2);
  await expect(page.getByRole('heading', { level: 2, name: 'Calf stretches' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Wall calf stretch' })).toBeVisible();
  await expect(prompt).toHaveCount(0);
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);

  // On to a habit, where only the routine itself is running: the prompt still waits.
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Socks on' })).toBeVisible();
  // The prompt follows the busy state within a render: two frames drawn, it would be there.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await expect(prompt).toHaveCount(0);

  // The person ends the wind-down: now it is offered, and still nothing reloads by itself.
  await page.getByRole('button', { name: 'End the wind-down' }).click();
  await page.getByRole('button', { name: 'End it' }).click();
  await expect(page.getByRole('heading', { name: 'Wind-down ended' })).toBeVisible();
  await expect(prompt).toBeVisible();
  // The new version still waits: nothing has taken over, so no reload is on its way.
  expect(await page.evaluate(hasWaitingVersion)).toBe(true);
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  expect(navigations).toBe(0);

  // Their yes brings the new version.
  await prompt.getByRole('button', { name: 'Reload now' }).click();
  await page.waitForFunction(() => !('sameDocument' in window));
  await page.goto('/about');
  await expect(page.getByText(/^Lull 0\.\d+\.\d+\+next$/)).toBeVisible();
});

test('closed mid-routine with a new version waiting: the next launch runs it, at the same step', async ({
  page,
  context,
  server,
}) => {
  await intoTheStretches(page);
  await deployNextVersion(page, server);
  await expect(page.getByRole('heading', { name: 'Wall calf stretch' })).toBeVisible();

  // The app is closed (every window). With no window left on the old version, the browser
  // lets the waiting one take over, a moment later; a person opens the app again long after.
  const [installed] = context.serviceWorkers().slice(-1);
  await page.close();
  await expect
    .poll(() =>
      installed
        .evaluate(() => {
          const { registration } = self as unknown as { registration: ServiceWorkerRegistration };
          return registration.waiting === null && registration.active?.state === 'activated';
        })
        .catch(() => false),
    )
    .toBe(true);
  const next = await context.newPage();
  await next.goto('/routine');
  await expect(next.getByRole('heading', { level: 2, name: 'Calf stretches' })).toBeVisible();
  await expect(next.getByRole('heading', { name: 'Wall calf stretch' })).toBeVisible();
  await expect(next.getByRole('progressbar', { name: 'Wind-down progress' })).toHaveAttribute(
    'aria-valuetext',
    /^Step 5 of 8, /,
  );
  await next.goto('/about');
  await expect(next.getByText(/^Lull 0\.\d+\.\d+\+next$/)).toBeVisible();
});

test('"Reload now" in one tab reloads every tab, but one running a session only once it ends', async ({
  page,
  context,
  server,
}) => {
  const version = (tab: Page, next: boolean) =>
    tab.getByText(next ? /^Lull 0\.\d+\.\d+\+next$/ : /^Lull 0\.\d+\.\d+$/);
  await page.goto('/about');
  await waitForServiceWorker(page);
  const idle = await context.newPage();
  await idle.goto('/about');
  await expect(version(idle, false)).toBeVisible();
  const breathing = await context.newPage();
  await breathing.goto('/breathe');
  await breathing.getByRole('button', { name: 'Start' }).click();
  await expect(breathing.getByRole('main').getByRole('status')).toHaveText('Inhale');
  await breathing.evaluate(() => Object.assign(window, { sameDocument: true }));

  await deployNextVersion(page, server);
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Lull is ready.' });
  await prompt.getByRole('button', { name: 'Reload now' }).click();
  await expect(version(page, true)).toBeVisible();
  // The other idle tab follows by itself.
  await expect(version(idle, true)).toBeVisible();

  // The tab mid-session carries on in the old version, and says it will reload afterwards.
  const notice = breathing.getByRole('status').filter({ hasText: 'updated in another tab' });
  await expect(notice).toContainText('reloads once you have finished');
  await expect(breathing.getByRole('main').getByRole('status')).toHaveText('Hold');
  expect(await breathing.evaluate(() => 'sameDocument' in window)).toBe(true);

  // Ended, it offers the reload, which brings the new version.
  await breathing.getByRole('button', { name: 'Stop' }).click();
  await notice.getByRole('button', { name: 'Reload now' }).click();
  await breathing.waitForFunction(() => !('sameDocument' in window));
  await breathing.goto('/about');
  await expect(version(breathing, true)).toBeVisible();
});
