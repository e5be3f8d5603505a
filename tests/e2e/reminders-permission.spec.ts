import { test, expect, expectNoAxeViolations, waitForServiceWorker } from './support/fixtures';
import { openScheduleOffline, serviceWorker } from './support/reminders';

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
  // The file itself, even from the service worker: no Lull page runs to re-plan meanwhile.
  await expect(page.getByRole('main')).toHaveCount(0);
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
