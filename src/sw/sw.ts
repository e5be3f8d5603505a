/// <reference lib="webworker" />
import {
  addRoute,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precache,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { snoozeOf } from '../lib/reminders/due';
import {
  openReminderStore,
  type ReminderAction,
  type StoredReminder,
} from '../lib/reminders/reminder-store';
import {
  readNotificationData,
  REMINDER_PATH,
  REMINDER_SYNC_TAG,
  showReminder,
  type ReminderNotificationData,
} from '../lib/reminders/show-reminder';
import type { ReminderMessage } from '../lib/reminders/worker-messages';
import { showPushedReminder } from '../lib/reminders/push-reminder';
import { inWordsOfNow } from '../lib/reminders/reminder-words';
import { claimDueInZone } from '../lib/reminders/worker-due';
import { deviceTimeZone } from '../lib/schedule/zoned-time';
import { speakStoredLanguage } from './reminder-language';
import { themedPage } from './themed-page';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// The app shell only (see vite.config.ts). Everything Lull needs offline is in this list.
precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Every screen is a real URL; offline, each is answered with the shell, which routes itself,
// painted in the person's theme (src/lib/settings/painted-theme.ts). Registered before the
// precache's own route, which would otherwise answer a navigation to "/" with the page as is.
// A file opened as a page (/favicon.svg, /manifest.webmanifest) is that file, not a second
// Lull: screens' paths never have an extension.
registerRoute(
  new NavigationRoute(themedPage(createHandlerBoundToURL('/index.html')), {
    denylist: [/^[^?]*\/[^/?]+\.[a-z0-9]+(?:\?.*)?$/i],
  }),
);
addRoute();

// A waiting version takes over only when the page asks, and the page asks only on the
// person's yes (src/lib/sw-bridge.ts).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Reminders (issue 7). A tap on a reminder opens Lull at /routine: in a window that is already
// open when there is one (the page moves there in-app, so a running session is never reloaded),
// else in a new one. "Snooze 10 min" is planned by an open window, which has the clock and the
// words; with none open, the worker keeps the snooze itself.
const reminders = openReminderStore();

/**
 * `waitUntil` keeps the worker alive for the work. Events dispatched by a script (the browser
 * tests dispatch a NotificationEvent from the worker) are untrusted, and their `waitUntil`
 * throws an InvalidStateError; the work then simply runs without the extension.
 */
function keepAlive(event: ExtendableEvent, work: Promise<unknown>): void {
  try {
    event.waitUntil(work);
  } catch {
    // Untrusted event: see above.
  }
}

async function lullWindows(): Promise<WindowClient[]> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  // The window the person last used first: focused, then visible, then the rest.
  const rank = (client: WindowClient) =>
    client.focused ? 0 : client.visibilityState === 'visible' ? 1 : 2;
  return [...windows].sort((a, b) => rank(a) - rank(b));
}

async function openLull(path: string): Promise<void> {
  const [open] = await lullWindows();
  if (!open) {
    await self.clients.openWindow(path);
    return;
  }
  open.postMessage({ type: 'open', path } satisfies ReminderMessage);
  // focus() needs the click's user activation; without one it rejects, and the message
  // has already moved the window to the path.
  await open.focus().catch(() => undefined);
}

async function snooze(notification: Notification, data: ReminderNotificationData): Promise<void> {
  const windows = await lullWindows();
  const message: ReminderMessage = {
    type: 'snooze',
    id: data.id,
    kind: data.kind,
    title: notification.title,
    body: notification.body,
    ...(data.bedtimeAt === undefined ? {} : { bedtimeAt: data.bedtimeAt }),
  };
  if (windows.length > 0) return windows.forEach((client) => client.postMessage(message));
  // No window to plan it: the worker keeps it, shown if Lull opens (or a periodic sync wakes
  // the worker) within its grace. `actions` is Chromium's, read-only, and absent elsewhere.
  const now = Date.now();
  const { actions = [] } = notification as Notification & { actions?: ReminderAction[] };
  const original: StoredReminder = {
    id: data.id,
    kind: data.kind,
    at: now,
    title: notification.title,
    body: notification.body,
    url: data.url,
    actions: [...actions],
    ...(data.bedtimeAt === undefined ? {} : { bedtimeAt: data.bedtimeAt }),
  };
  await reminders.addSnooze(snoozeOf(original, now), now);
}

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = readNotificationData(event.notification.data);
  const work =
    event.action === 'snooze' && data
      ? snooze(event.notification, data)
      : openLull(data?.url ?? REMINDER_PATH);
  keepAlive(event, work);
});

/**
 * Shows a reminder that fell due while no window was there to show it (and marks it fired),
 * worded now in the person's language: it may have changed since the page planned it.
 */
async function showDueReminders(): Promise<void> {
  const zone = deviceTimeZone();
  const due = await claimDueInZone(reminders, Date.now(), zone);
  if (!due) return;
  await speakStoredLanguage();
  await showReminder(self.registration, inWordsOfNow(due, zone));
}

/** Shows the reminder a push names, in the person's language. */
async function showPushed(text: string | undefined): Promise<void> {
  await speakStoredLanguage();
  await showPushedReminder(self.registration, reminders, text, deviceTimeZone());
}

// Periodic Background Sync (installed Chromium only; the browser picks the moment, at best
// every 12 h): a wake-up that lands within a reminder's grace shows it. Never relied on.
self.addEventListener('periodicsync', (event) => {
  const sync = event as ExtendableEvent & { tag?: string };
  if (sync.tag === REMINDER_SYNC_TAG) keepAlive(sync, showDueReminders());
});

// Web Push from Lull's server (src/server): reaches Lull when it is closed. The notification
// is shown inside waitUntil, or Chrome shows its own note and Safari ends the subscription.
self.addEventListener('push', (event) => {
  keepAlive(event, showPushed(event.data?.text()));
});
