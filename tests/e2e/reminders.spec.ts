import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './support/fixtures';
import { openScheduleOffline, serviceWorker } from './support/reminders';
import {
  fastForwardTo,
  probeReminders,
  reminderProbe,
  shownNotifications,
} from './support/reminder-probe';

// Monday 23 November 2026, 22:00 by the device's clock (Node and the browser share the zone).
// Bedtime 23:00 with a 45-minute lead: the wind-down starts at 22:15.
const mondayAtTen = new Date(2026, 10, 23, 22, 0, 0);
// The next wind-down after Monday's: Tuesday at 22:15.
const tuesdayWindDown = new Date(2026, 10, 24, 22, 15, 0);

/** Sets 23:00 with a 45-minute lead and turns the wind-down reminder on. */
async function remindAtWindDown(page: Page) {
  await page.getByLabel('Bedtime').fill('23:00');
  await page.getByLabel('Start winding down').selectOption({ label: '45 minutes before bedtime' });
  const toggle = page.getByRole('checkbox', { name: 'Remind me when it is time to wind down' });
  await toggle.check();
  await expect(toggle).toBeChecked();
}

/**
 * The titles of the notifications Lull shows right now. Read once, after the banner showed
 * (the model shows the notification first), never polled: Chromium drops a notification being
 * shown when a getNotifications() call overlaps it.
 */
const notificationTitles = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((notification) => notification.title);
  });

const banner = (page: Page) => page.locator('.reminder-banner');

/**
 * Taps the shown notification (or one of its buttons), as the browser would: a
 * NotificationEvent dispatched in the worker. Script-dispatched, so it is untrusted; the worker
 * handles that (see keepAlive in src/sw/sw.ts).
 */
async function tapNotification(context: BrowserContext, action = '') {
  const worker = await serviceWorker(context);
  await worker.evaluate(async (action) => {
    const scope = self as unknown as {
      registration: ServiceWorkerRegistration;
      NotificationEvent: new (
        type: string,
        init: { notification: Notification; action: string },
      ) => Event;
      dispatchEvent(event: Event): boolean;
    };
    const [notification] = await scope.registration.getNotifications();
    scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification, action }));
  }, action);
}

test('a wind-down at 22:15 gives exactly one notification and the banner, never a second', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await probeReminders(page);
  await page.clock.install({ time: mondayAtTen });
  await openScheduleOffline(page, context);
  await remindAtWindDown(page);
  // Allowed already: no explanation, no question, and the panel says what will remind.
  await expect(page.getByRole('button', { name: 'Allow notifications' })).toHaveCount(0);
  await expect(page.getByText('A notification at each reminder')).toBeVisible();
  await expect(page.getByText('Only your calendar, with an alarm')).toBeVisible();
  expect(await notificationTitles(page)).toEqual([]);

  await page.clock.fastForward('15:00');
  await expect(banner(page).getByText('Time to wind down')).toBeVisible();
  await expect(banner(page).getByText(/^Bedtime is at (23:00|11:00\sPM)\./)).toBeVisible();
  expect(await notificationTitles(page)).toEqual(['Time to wind down']);
  await expectNoAxeViolations(page, '/schedule with the reminder banner');

  expect(await shownNotifications(page)).toHaveLength(1);

  // A reload while the reminder is still due: it fired, so it does not come again. The check
  // Lull runs on opening ends by saving the plan: once it has, it has decided.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep schedule' })).toBeVisible();
  await expect.poll(async () => (await reminderProbe(page)).plans).toBeGreaterThan(0);
  await expect(banner(page)).toHaveCount(0);
  await page.clock.runFor(2 * 60_000);

  // An hour on, through every safety check: still the one notification.
  await page.clock.runFor(60 * 60_000);
  expect(await notificationTitles(page)).toEqual(['Time to wind down']);
  // Tuesday's reminder comes in its turn; checks run one at a time, so any second show of
  // Monday's, or a banner, would have come before it.
  await fastForwardTo(page, tuesdayWindDown);
  await expect(banner(page).getByText('Time to wind down')).toBeVisible();
  const shown = await shownNotifications(page);
  expect(shown.map((item) => item.title)).toEqual(['Time to wind down', 'Time to wind down']);
  expect(shown[1].tag, "the second notification is Tuesday's").not.toBe(shown[0].tag);
  expect(shown[1].at).toBeGreaterThanOrEqual(tuesdayWindDown.getTime());
  expect((await reminderProbe(page)).banners, 'banners since the reload').toBe(1);
});

test('a tap on the notification brings Lull to /routine, in the open window', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await page.clock.install({ time: mondayAtTen });
  await openScheduleOffline(page, context);
  await remindAtWindDown(page);
  await page.clock.fastForward('15:00');
  await expect(banner(page)).toBeVisible();
  expect(await notificationTitles(page)).toEqual(['Time to wind down']);

  await tapNotification(context);
  await expect(page).toHaveURL(/\/routine$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Wind-down' })).toBeVisible();
  await expect.poll(() => notificationTitles(page)).toEqual([]);
  await expect(banner(page)).toHaveCount(0);
  expect(context.pages()).toHaveLength(1);
});

test('the banner\'s "Start wind-down" opens /routine in-app', async ({ page, context }) => {
  await page.clock.install({ time: mondayAtTen });
  await openScheduleOffline(page, context);
  // No permission asked for or given: Lull in front still shows its own note.
  await remindAtWindDown(page);
  await page.clock.fastForward('15:00');
  await banner(page).getByRole('link', { name: 'Start wind-down' }).click();
  await expect(page).toHaveURL(/\/routine$/);
  await expect(banner(page)).toHaveCount(0);
});

test('"Snooze 10 min" brings the reminder back ten minutes later, once', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await probeReminders(page);
  await page.clock.install({ time: mondayAtTen });
  await openScheduleOffline(page, context);
  await remindAtWindDown(page);
  await page.clock.fastForward('15:00');
  await expect(banner(page)).toBeVisible();
  expect(await notificationTitles(page)).toEqual(['Time to wind down']);

  await tapNotification(context, 'snooze');
  await expect.poll(() => notificationTitles(page)).toEqual([]);
  await expect(banner(page)).toHaveCount(0);
  await expect(page).toHaveURL(/\/schedule$/);
  const snoozedAt = await page.evaluate(() => Date.now());

  await page.clock.runFor(9 * 60_000);
  expect(await notificationTitles(page)).toEqual([]);
  await page.clock.runFor(60_000);
  await expect(banner(page).getByText('Time to wind down')).toBeVisible();
  expect(await notificationTitles(page)).toEqual(['Time to wind down']);
  await page.clock.runFor(30 * 60_000);
  expect(await notificationTitles(page)).toEqual(['Time to wind down']);
  // Tuesday's reminder is the next one: any other show would have come before it.
  await fastForwardTo(page, tuesdayWindDown);
  await expect.poll(async () => (await shownNotifications(page)).length).toBeGreaterThan(2);
  const shown = await shownNotifications(page);
  expect(shown.map((item) => item.title)).toEqual(Array(3).fill('Time to wind down'));
  expect(new Set(shown.map((item) => item.tag)).size, 'three different reminders').toBe(3);
  expect(shown[1].at, 'the snoozed one, not before its ten minutes').toBeGreaterThanOrEqual(
    snoozedAt + 10 * 60_000,
  );
  expect(shown[1].at).toBeLessThan(snoozedAt + 11 * 60_000);
  expect(shown[2].at).toBeGreaterThanOrEqual(tuesdayWindDown.getTime());
});
