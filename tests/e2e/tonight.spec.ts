import type { Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoAxeViolations,
  waitForServiceWorker,
  openTonight,
} from './support/fixtures';

// Monday 23 November 2026, 20:00 by the device's clock. Node and the browser it launches share
// the machine's time zone, so a local Date here is the same wall time in the page.
const mondayEvening = new Date(2026, 10, 23, 20, 0, 0);

/** Loads Lull once, lets the service worker take over, then cuts the network. */
async function openOffline(page: Page, context: import('@playwright/test').BrowserContext) {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
}

test('a bedtime of 22:30 with a 45-minute lead counts down on Tonight', async ({
  page,
  context,
}) => {
  await page.clock.install({ time: mondayEvening });
  await openOffline(page, context);
  // Before any change: the default 23:00 bedtime.
  await expect(page.getByText('Wind-down starts in 2 h 15 min')).toBeVisible();

  await page.getByRole('link', { name: 'Change your schedule' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep schedule' })).toBeVisible();
  await page.getByLabel('Bedtime').fill('22:30');
  await page.getByLabel('Wake time').fill('06:30');
  await page.getByLabel('Start winding down').selectOption({ label: '45 minutes before bedtime' });
  await page.getByRole('link', { name: 'Back to Tonight' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Tonight' })).toBeVisible();
  await expect(page.getByText('Wind-down starts in 1 h 45 min')).toBeVisible();
  await expect(page.getByText(/^at (21:45|9:45\sPM)$/)).toBeVisible();
  await expect(page.getByText('Bedtime in 2 h 30 min')).toBeVisible();
  await expect(page.getByText(/^at (22:30|10:30\sPM)$/)).toBeVisible();

  // The countdown follows the clock, not a count of ticks.
  await page.clock.fastForward('16:00');
  await expect(page.getByText('Wind-down starts in 1 h 29 min')).toBeVisible();
  await expect(page.getByText('Bedtime in 2 h 14 min')).toBeVisible();

  // Into the wind-down.
  await page.clock.fastForward('01:34:00');
  await expect(page.getByText('Time to wind down')).toBeVisible();
  await expect(page.getByText(/^since (21:45|9:45\sPM)$/)).toBeVisible();
  await expect(page.getByText('Bedtime in 40 min')).toBeVisible();
  await expectNoAxeViolations(page, 'Tonight during the wind-down');

  // The schedule was saved: a reload (still offline) shows the same.
  await page.reload();
  await expect(page.getByText('Bedtime in 40 min')).toBeVisible();

  // Past bedtime, Tonight says so and looks to tomorrow.
  await page.clock.fastForward('01:00:00');
  await expect(page.getByText('It is bedtime. Rest easy, there is no hurry.')).toBeVisible();
  await expect(page.getByText(/next wind-down starts in 22 h 55 min/)).toBeVisible();
});

test('a new time zone: Tonight counts down to bedtime on the new local clock, without a reload', async ({
  page,
}) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Europe/Berlin' });
  // Monday 09:00 in Berlin; 17:00 in Tokyo. The default schedule: bedtime 23:00, a 45-min lead.
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
  await page.goto('/');
  await expect(page.getByText('Wind-down starts in 13 h 15 min', { exact: true })).toBeVisible();
  await expect(page.getByText(/^at (22:15|10:15\sPM)$/)).toBeVisible();
  await expect(page.getByText('Bedtime in 14 h', { exact: true })).toBeVisible();
  await expect(page.getByText(/^at (23:00|11:00\sPM)$/)).toBeVisible();

  // A flight to Tokyo: bedtime is 23:00 on the clock there, eight hours sooner.
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Asia/Tokyo' });
  await expect(page.getByText('Wind-down starts in 5 h 15 min', { exact: true })).toBeVisible();
  await expect(page.getByText(/^at (22:15|10:15\sPM)$/)).toBeVisible();
  await expect(page.getByText('Bedtime in 6 h', { exact: true })).toBeVisible();
  await expect(page.getByText(/^at (23:00|11:00\sPM)$/)).toBeVisible();
});

test('Tonight shows the nights in a row from finished routines, and nothing before', async ({
  page,
  context,
}) => {
  await page.clock.install({ time: mondayEvening });
  await openOffline(page, context);
  await expect(page.getByText('Wind-down starts in')).toBeVisible();
  await expect(page.getByText(/in a row/)).toHaveCount(0);

  // Two finished routines (Saturday and Sunday night) and a breathing session, as the journal
  // keeps them.
  await page.evaluate(async (now) => {
    const day = 86_400_000;
    const entries = [
      { id: 'a', kind: 'routine', startedAt: now - 2 * day + 2 * 3_600_000 },
      { id: 'b', kind: 'routine', startedAt: now - day + 1 * 3_600_000 },
      { id: 'c', kind: 'breathing', startedAt: now - 3 * day },
    ].map((entry) => ({ ...entry, endedAt: entry.startedAt + 1_200_000, details: {} }));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lull-journal');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('keyval', 'readwrite');
    for (const entry of entries) tx.objectStore('keyval').put(entry, entry.id);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, mondayEvening.getTime());
  await page.reload();
  await expect(page.getByText('2 nights in a row with your routine')).toBeVisible();
});

test('Settings and About stay within reach of Tonight', async ({ page }) => {
  await openTonight(page);
  await page.getByRole('main').getByRole('link', { name: 'About Lull' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Lull' })).toBeVisible();
  // The tab's title names the screen, so a list of tabs or history says where each one is.
  await expect(page).toHaveTitle('About Lull · Lull');
  await page.goBack();
  await page.getByRole('main').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});
