// The browser behind reminders: the registration to show through, the periodic refresh, and
// the page events the reminders model listens to. Page-only, like notify.ts.
import {
  notificationPermission,
  reminderSupport,
  requestNotificationPermission,
  watchNotificationPermission,
  type ReminderSupport,
} from './notify';
import type { Notifier, PermissionState } from './notifier';
import { REMINDER_SYNC_TAG, showReminder } from './show-reminder';

/**
 * The service worker registration to show notifications through, once its worker is active;
 * undefined where there is none (no service worker, or it never activated).
 */
export async function reminderRegistration(
  win: Window = window,
  waitMs = 5000,
): Promise<ServiceWorkerRegistration | undefined> {
  const container = win.navigator.serviceWorker;
  if (!container) return undefined;
  const registration = await container.getRegistration().catch(() => undefined);
  if (!registration || registration.active) return registration;
  // Still installing on a first visit: `ready` resolves once it is active.
  return Promise.race([
    container.ready,
    new Promise<undefined>((resolve) => setTimeout(resolve, waitMs)),
  ]);
}

interface PeriodicSyncManager {
  register(tag: string, options: { minInterval: number }): Promise<void>;
  unregister(tag: string): Promise<void>;
}

const TWELVE_HOURS_MS = 12 * 60 * 60 * 1000;

/**
 * Asks an installed Chromium app to wake the worker about every 12 hours (the browser decides
 * when), so a reminder that falls due while Lull is closed can still be shown if the wake-up
 * lands within its grace. Never relied on: the calendar is the sure way when Lull is closed.
 * Removed again when reminders are turned off.
 */
export async function keepPeriodicRefresh(
  registration: ServiceWorkerRegistration,
  wanted: boolean,
  win: Window = window,
): Promise<void> {
  const sync = (registration as ServiceWorkerRegistration & { periodicSync?: PeriodicSyncManager })
    .periodicSync;
  if (!sync) return;
  try {
    if (!wanted) return await sync.unregister(REMINDER_SYNC_TAG);
    const status = await win.navigator.permissions?.query({
      name: 'periodic-background-sync' as PermissionName,
    });
    if (status?.state === 'granted')
      await sync.register(REMINDER_SYNC_TAG, { minInterval: TWELVE_HOURS_MS });
  } catch {
    // Not installed, or refused: nothing to do, and nothing the person needs to hear about.
  }
}

/**
 * Everything reminders need from the browser, in one place (tests pass a fake): the notifier
 * delivery shows through, the page's visibility, and the service worker's side.
 */
export interface ReminderBrowser extends Notifier {
  support(): ReminderSupport;
  /** Asks for the permission; only from the person's tap. */
  request(): Promise<PermissionState>;
  watchPermission(listener: () => void): () => void;
  /** Registers the periodic refresh while reminders are on, removes it once they are off. */
  keepRefresh(wanted: boolean): Promise<void>;
  /** Whether the page is on screen. */
  visible(): boolean;
  onVisibilityChange(listener: () => void): () => void;
  /** Messages from the service worker (a tapped notification, a snooze). */
  onWorkerMessage(listener: (data: unknown) => void): () => void;
}

/** The reminder browser of this window, showing through its service worker registration. */
export function reminderBrowser(win: Window = window): ReminderBrowser {
  const doc = win.document;
  return {
    support: () => reminderSupport(win),
    permission: () => notificationPermission(win),
    request: () => requestNotificationPermission(win),
    watchPermission: (listener) => watchNotificationPermission(listener, win),
    async show(reminder) {
      const registration = await reminderRegistration(win);
      if (!registration) return false;
      try {
        await showReminder(registration, reminder);
        return true;
      } catch {
        // Permission taken back in the browser's settings since it was read: nothing shown.
        return false;
      }
    },
    async keepRefresh(wanted) {
      const registration = await reminderRegistration(win);
      if (registration) await keepPeriodicRefresh(registration, wanted, win);
    },
    visible: () => doc.visibilityState === 'visible',
    onVisibilityChange(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
    onWorkerMessage(listener) {
      const container = win.navigator.serviceWorker;
      if (!container) return () => undefined;
      const onMessage = (event: MessageEvent) => listener(event.data);
      container.addEventListener('message', onMessage);
      return () => container.removeEventListener('message', onMessage);
    },
  };
}
