import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, expectNoAxeViolations, waitForServiceWorker } from './support/fixtures';
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

/** Loads Lull once, lets the service worker take over, cuts the network, opens /schedule. */
async function openScheduleOffline(page: Page, context: BrowserContext) {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep schedule' })).toBeVisible();
}

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

/** The page's service worker. */
async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

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

test('permission is asked only on the tap after the explanation; denied, the guidance shows', async ({
  page,
  context,
}) => {
  // The browser answers "denied" (as after the person blocks the prompt), and counts the asks.
  await page.addInitScript(() => {
    let permission: NotificationPermission = 'default';
    const asked = { count: 0 };
    (window as unknown as { asked: typeof asked }).asked = asked;
    Object.defineProperty(Notification, 'permission', {
      configurable: true,
      get: () => permission,
    });
    Notification.requestPermission = async () => {
      asked.count += 1;
      permission = 'denied';
      return permission;
    };
  });
  const asked = () =>
    page.evaluate(() => (window as unknown as { asked: { count: number } }).asked.count);
  await openScheduleOffline(page, context);
  await expect(
    page.getByText('A note on screen when Lull is in front. A notification too'),
  ).toBeVisible();
  await expectNoAxeViolations(page, '/schedule, reminders off');

  await page.getByRole('checkbox', { name: 'Remind me when it is time for bed' }).check();
  await expect(
    page.getByText('Lull needs your permission to show notifications.', { exact: false }),
  ).toBeVisible();
  expect(await asked()).toBe(0);
  await expectNoAxeViolations(page, '/schedule, before asking for notifications');

  await page.getByRole('button', { name: 'Allow notifications' }).click();
  await expect(
    page.getByText(
      'Notifications are blocked for Lull. To allow them, tap the icon left of the address',
    ),
  ).toBeVisible();
  await expect(
    page.getByText('Only a note on screen when Lull is in front: notifications are blocked.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Allow notifications' })).toHaveCount(0);
  expect(await asked()).toBe(1);
  await expectNoAxeViolations(page, '/schedule, notifications blocked');

  // When Lull is closed, the calendar is the way: the panel leads to the screen's own button.
  const addToCalendar = page.getByRole('button', { name: 'Add to calendar' });
  await page.getByRole('link', { name: 'Go to Add to calendar' }).click();
  await expect(addToCalendar).toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(addToCalendar).toBeFocused();
});

test('a periodic sync that wakes the worker in time shows the planned reminder, once', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await page.goto('/');
  await waitForServiceWorker(page);
  // A plain file in the window, so no Lull page plans or shows anything meanwhile.
  await page.goto('/favicon.svg');
  const worker = await serviceWorker(context);
  // What the page leaves for the worker: a reminder due a minute ago (by the worker's own
  // clock, which Playwright's page clock does not move). The worker records what it shows.
  await worker.evaluate(async () => {
    const scope = self as unknown as {
      registration: ServiceWorkerRegistration;
      shownTitles: string[];
    };
    const show = scope.registration.showNotification.bind(scope.registration);
    scope.shownTitles = [];
    scope.registration.showNotification = async (title, options) => {
      await show(title, options);
      scope.shownTitles.push(title);
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lull-reminders');
      request.onupgradeneeded = () => request.result.createObjectStore('keyval');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('keyval', 'readwrite');
    tx.objectStore('keyval').put(
      [
        {
          id: 'wind-down@sync-test',
          kind: 'wind-down',
          at: Date.now() - 60_000,
          title: 'Time to wind down',
          body: 'Bedtime is at 23:00. Lights low, screens away.',
          url: '/routine',
          actions: [
            { action: 'start', title: 'Start wind-down' },
            { action: 'snooze', title: 'Snooze 10 min' },
          ],
        },
      ],
      'planned',
    );
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  });

  // Dispatches a periodic sync and waits for the work the worker hands to waitUntil (taken
  // here, as a script's event cannot extend the worker's life); returns how much it handed.
  const sync = () =>
    worker.evaluate(async () => {
      const scope = self as unknown as {
        PeriodicSyncEvent?: new (type: string, init: { tag: string }) => Event;
        dispatchEvent(event: Event): boolean;
      };
      const event = scope.PeriodicSyncEvent
        ? new scope.PeriodicSyncEvent('periodicsync', { tag: 'lull-reminders' })
        : Object.assign(new Event('periodicsync'), { tag: 'lull-reminders' });
      const work: Promise<unknown>[] = [];
      Object.defineProperty(event, 'waitUntil', {
        value: (done: Promise<unknown>) => work.push(done),
      });
      scope.dispatchEvent(event);
      await Promise.all(work);
      return work.length;
    });
  const shown = () =>
    worker.evaluate(() => (self as unknown as { shownTitles: string[] }).shownTitles);

  expect(await sync(), 'the worker took the wake-up').toBe(1);
  expect(await shown()).toEqual(['Time to wind down']);
  const titles = await worker.evaluate(async () =>
    (
      await (
        self as unknown as { registration: ServiceWorkerRegistration }
      ).registration.getNotifications()
    ).map((notification) => notification.title),
  );
  expect(titles).toEqual(['Time to wind down']);

  // A second wake-up: it fired, so nothing more.
  expect(await sync(), 'the worker took the wake-up').toBe(1);
  expect(await shown()).toEqual(['Time to wind down']);
});
