import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { openScheduleOffline, serviceWorker } from './support/reminders';
import { probeReminders, reminderProbe, shownNotifications } from './support/reminder-probe';

// Tuesday 24 November 2026, 06:00 by the device's clock (Node and the browser share the zone),
// with nothing in the diary for Monday night. The wake time is 07:00.
const tuesdayAtSix = new Date(2026, 10, 24, 6, 0, 0);

/** The titles of the notifications Lull shows right now (read once, never polled). */
const notificationTitles = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((notification) => notification.title);
  });

const banner = (page: Page) => page.locator('.reminder-banner');

/** Taps the shown notification as the browser would: a NotificationEvent in the worker. */
async function tapNotification(context: BrowserContext) {
  const worker = await serviceWorker(context);
  await worker.evaluate(async () => {
    const scope = self as unknown as {
      registration: ServiceWorkerRegistration;
      NotificationEvent: new (type: string, init: { notification: Notification }) => Event;
      dispatchEvent(event: Event): boolean;
    };
    const [notification] = await scope.registration.getNotifications();
    scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification }));
  });
}

test('"Fill in last night?" comes once at wake time, and its tap opens the check-in', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await probeReminders(page);
  await page.clock.install({ time: tuesdayAtSix });
  await openScheduleOffline(page, context);
  await page.getByLabel('Wake time').fill('07:00');
  const toggle = page.getByRole('checkbox', { name: 'Remind me to fill in last night' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(toggle).toBeChecked();
  // The check after the change has saved its plan: the 07:00 reminder is set.
  await expect.poll(async () => (await reminderProbe(page)).plans).toBeGreaterThan(0);

  await page.clock.fastForward('59:00');
  await expect(banner(page)).toHaveCount(0);
  await page.clock.fastForward('01:00');
  await expect(banner(page).getByText('Fill in last night?')).toBeVisible();
  await expect(banner(page).getByRole('link', { name: 'Fill in last night' })).toBeVisible();
  expect(await notificationTitles(page)).toEqual(['Fill in last night?']);

  // An hour on, through every safety check: still the one notification.
  await page.clock.runFor(60 * 60_000);
  const shown = await shownNotifications(page);
  expect(shown.map((item) => item.title)).toEqual(['Fill in last night?']);
  expect(shown[0].at).toBeGreaterThanOrEqual(new Date(2026, 10, 24, 7, 0, 0).getTime());

  await tapNotification(context);
  await expect(page).toHaveURL(/\/check-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'How did you sleep?' })).toBeVisible();
  await expect.poll(() => notificationTitles(page)).toEqual([]);
});
