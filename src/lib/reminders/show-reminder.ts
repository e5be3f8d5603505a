import { isInstant, reminderKinds, type ReminderKind } from './due';
import type { StoredReminder } from './reminder-store';

/** The Periodic Background Sync tag the page registers and the worker answers. */
export const REMINDER_SYNC_TAG = 'lull-reminders';

/** The app path a reminder opens when nothing else is asked. */
export const REMINDER_PATH = '/routine';

/** What a reminder's notification carries, for its click. */
export interface ReminderNotificationData {
  url: string;
  id: string;
  kind: ReminderKind;
  /** Its night's bedtime, so a snooze made from the notification can be worded again. */
  bedtimeAt?: number;
}

// `actions` and `timestamp` are missing from TypeScript's NotificationOptions (they are not in
// every browser), though Chromium takes both.
type ReminderNotificationOptions = NotificationOptions & {
  actions?: { action: string; title: string }[];
  timestamp?: number;
};

/**
 * How many buttons a notification may have here: `Notification.maxActions` (Chromium), else
 * none. Read in the page and in the worker alike.
 */
export function maxNotificationActions(scope: object = globalThis): number {
  const notification = (scope as { Notification?: { maxActions?: number } }).Notification;
  const max = notification?.maxActions;
  return typeof max === 'number' && max > 0 ? max : 0;
}

/**
 * Shows a reminder through the service worker registration: `new Notification()` throws on
 * Android Chrome, and the worker is what answers the click. The tag is the reminder's id, so a
 * second show of the same reminder replaces the first instead of adding one.
 */
export async function showReminder(
  registration: ServiceWorkerRegistration,
  reminder: StoredReminder,
): Promise<void> {
  const data: ReminderNotificationData = {
    url: reminder.url,
    id: reminder.id,
    kind: reminder.kind,
    ...(reminder.bedtimeAt === undefined ? {} : { bedtimeAt: reminder.bedtimeAt }),
  };
  const options: ReminderNotificationOptions = {
    body: reminder.body,
    tag: reminder.id,
    data,
    icon: '/icons/icon-192.png',
    timestamp: reminder.at,
  };
  const actions = reminder.actions.slice(0, maxNotificationActions());
  if (actions.length > 0) options.actions = actions;
  await registration.showNotification(reminder.title, options);
}

/** Only app paths ("/routine"), never another origin or a protocol-relative "//host". */
export function isAppPath(path: unknown): path is string {
  return typeof path === 'string' && /^\/(?!\/)[\w\-/]*$/.test(path);
}

/** A notification's data, if it is a reminder's; undefined for anything else. */
export function readNotificationData(data: unknown): ReminderNotificationData | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { url, id, kind, bedtimeAt } = data as Record<string, unknown>;
  if (!isAppPath(url) || typeof id !== 'string') return undefined;
  if (!reminderKinds.includes(kind as ReminderKind)) return undefined;
  return { url, id, kind: kind as ReminderKind, ...(isInstant(bedtimeAt) ? { bedtimeAt } : {}) };
}
