import type { BrowserContext, CDPSession, Page, Worker } from '@playwright/test';
import { test, expect, waitForServiceWorker } from './support/fixtures';

// A push as Lull's server sends it (src/lib/reminders/pushed-reminder.ts), delivered through
// the DevTools protocol: Chromium's real push event, without a push service.
const windDownAt = Date.parse('2026-11-23T21:15:00Z');
const bedtimeAt = Date.parse('2026-11-23T22:00:00Z');
const windDown = { kind: 'wind-down', at: windDownAt, bedtimeAt };
const bedtime = { kind: 'bedtime', at: bedtimeAt, bedtimeAt };
const tagOf = (push: { kind: string; at: number }) =>
  `${push.kind}@${new Date(push.at).toISOString()}`;

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** Counts showNotification calls in the worker (reading the list while one is shown drops it). */
async function countShownNotifications(worker: Worker) {
  await worker.evaluate(() => {
    const scope = self as unknown as {
      registration: ServiceWorkerRegistration;
      shownTags: string[];
    };
    scope.shownTags = [];
    const show = scope.registration.showNotification.bind(scope.registration);
    scope.registration.showNotification = async (title, options) => {
      await show(title, options);
      scope.shownTags.push(options?.tag ?? '');
    };
  });
  return () => worker.evaluate(() => (self as unknown as { shownTags: string[] }).shownTags);
}

/** The DevTools session and the worker's registration id, to deliver pushes to. */
async function pushChannel(page: Page, context: BrowserContext) {
  const cdp: CDPSession = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const registrationId = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const ours = registrations.find((r) => r.scopeURL.startsWith(origin) && !r.isDeleted);
      if (ours) resolve(ours.registrationId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  const id = await registrationId;
  return (data: object) =>
    cdp.send('ServiceWorker.deliverPushMessage', {
      origin,
      registrationId: id,
      data: JSON.stringify(data),
    });
}

test('a pushed reminder is shown once, with the words and tag of the app', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await page.goto('/');
  await waitForServiceWorker(page);
  const worker = await serviceWorker(context);
  const shownTags = await countShownNotifications(worker);
  const push = await pushChannel(page, context);

  await push(windDown);
  await expect.poll(shownTags).toEqual([tagOf(windDown)]);
  const [shown] = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
    }));
  });
  expect(shown).toEqual({
    title: 'Time to wind down',
    body: expect.stringMatching(/^Bedtime is at .+\. Lights low, screens away\.$/),
    tag: tagOf(windDown),
  });

  // The same reminder pushed again (a retry, a second instance): nothing more. A later
  // reminder still comes, and proves the repeat was handled before it.
  await push(windDown);
  await push(bedtime);
  await expect.poll(shownTags).toEqual([tagOf(windDown), tagOf(bedtime)]);
  await page.waitForTimeout(500);
  expect(await shownTags()).toEqual([tagOf(windDown), tagOf(bedtime)]);
});

test('a reminder the open app already showed is not shown again by its push', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['notifications']);
  await page.goto('/');
  await waitForServiceWorker(page);
  const worker = await serviceWorker(context);
  // The app marks a reminder fired in the reminder store when it shows it (lull-reminders).
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lull-reminders');
      request.onupgradeneeded = () => request.result.createObjectStore('keyval');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('keyval', 'readwrite');
      tx.objectStore('keyval').put([id], 'fired');
      tx.oncomplete = resolve;
      tx.onerror = reject;
    });
    db.close();
  }, tagOf(windDown));
  const shownTags = await countShownNotifications(worker);
  const push = await pushChannel(page, context);

  await push(windDown);
  await push(bedtime);
  await expect.poll(shownTags).toEqual([tagOf(bedtime)]);
  await page.waitForTimeout(500);
  expect(await shownTags()).toEqual([tagOf(bedtime)]);
});

/** The language in the stored settings document, as the worker reads it. */
const storedLanguage = () =>
  new Promise<unknown>((resolve, reject) => {
    const open = indexedDB.open('lull-settings');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('keyval').objectStore('keyval').get('settings');
      read.onsuccess = () => {
        resolve(read.result?.data?.appearance?.language);
        open.result.close();
      };
    };
  });

test('a pushed reminder speaks the language chosen in Settings', async ({ page, context }) => {
  await context.grantPermissions(['notifications']);
  await page.goto('/settings');
  await waitForServiceWorker(page);
  const worker = await serviceWorker(context);
  const shownTags = await countShownNotifications(worker);
  const push = await pushChannel(page, context);
  // The worker reads the stored setting when the push comes: no open page words it.
  await page.getByRole('radio', { name: 'Русский' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect.poll(() => page.evaluate(storedLanguage)).toBe('ru');

  await push(windDown);
  await expect.poll(shownTags).toEqual([tagOf(windDown)]);
  const shown = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map(({ title, body }) => ({ title, body }));
  });
  // The Russian catalog's words (src/lib/reminders/reminder-words.ru.ts), on a 24-hour clock.
  expect(shown).toEqual([
    {
      title: 'Пора готовиться ко сну',
      body: expect.stringMatching(
        /^Отход ко сну в \d\d:\d\d\. Приглушите свет, отложите экраны\.$/,
      ),
    },
  ]);
});
