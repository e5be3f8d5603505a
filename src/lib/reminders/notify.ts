// The page's side of notifications: what this browser can do, the permission, and the
// registration to show through. Not for the worker (it uses window and navigator).
import { isInstalled } from '../install-capture';
import { isIosSafari } from '../install';
import type { PermissionState } from './notifier';
import { maxNotificationActions } from './show-reminder';

/** Browser families whose settings differ, told apart by features, never the user agent. */
export type BrowserFamily = 'chromium' | 'ios' | 'safari' | 'firefox' | 'other';

/** What this browser can do for reminders. */
export interface ReminderSupport {
  /** Notifications through a service worker registration (`showNotification`). */
  notifications: boolean;
  /** Buttons on notifications (`Notification.maxActions`, Chromium). */
  actions: boolean;
  /** Periodic Background Sync (installed Chromium apps). */
  periodicSync: boolean;
  /** Lull runs from the home screen. */
  installed: boolean;
  family: BrowserFamily;
}

/**
 * The browser family, from features only: `navigator.standalone` is iOS WebKit's,
 * `userAgentData` and `onbeforeinstallprompt` are Chromium's, `mozInnerScreenX` is Firefox's,
 * `GestureEvent` is WebKit's (Safari on the Mac here, iOS being told first).
 */
export function browserFamily(win: Window = window): BrowserFamily {
  if (isIosSafari(win)) return 'ios';
  if ('userAgentData' in win.navigator || 'onbeforeinstallprompt' in win) return 'chromium';
  if ('mozInnerScreenX' in win) return 'firefox';
  if ('GestureEvent' in win) return 'safari';
  return 'other';
}

type RegistrationClass = { prototype: object } | undefined;
const registrationClass = (win: Window) =>
  (win as unknown as { ServiceWorkerRegistration?: RegistrationClass }).ServiceWorkerRegistration;

/** What reminders can use here, detected from the features present. */
export function reminderSupport(win: Window = window): ReminderSupport {
  const registration = registrationClass(win);
  const notifications =
    'Notification' in win &&
    'serviceWorker' in win.navigator &&
    registration !== undefined &&
    'showNotification' in registration.prototype;
  return {
    notifications,
    actions: notifications && maxNotificationActions(win) > 0,
    periodicSync: registration !== undefined && 'periodicSync' in registration.prototype,
    installed: isInstalled(win),
    family: browserFamily(win),
  };
}

const notificationApi = (win: Window) =>
  (win as unknown as { Notification?: typeof Notification }).Notification;

/** The notification permission as it stands. */
export function notificationPermission(win: Window = window): PermissionState {
  return notificationApi(win)?.permission ?? 'unsupported';
}

/**
 * Asks for the permission. Call only from the person's tap: browsers refuse or hide requests
 * made without one. Old Safari answers through a callback instead of a promise.
 */
export async function requestNotificationPermission(
  win: Window = window,
): Promise<PermissionState> {
  const api = notificationApi(win);
  if (!api) return 'unsupported';
  try {
    return await new Promise<NotificationPermission>((resolve) => {
      const answer = api.requestPermission(resolve);
      void answer?.then(resolve);
    });
  } catch {
    return api.permission;
  }
}

/** Calls `listener` when the permission changes in the browser's settings; returns the stop. */
export function watchNotificationPermission(
  listener: () => void,
  win: Window = window,
): () => void {
  let status: PermissionStatus | undefined;
  let stopped = false;
  void win.navigator.permissions
    ?.query({ name: 'notifications' })
    .then((found) => {
      if (stopped) return;
      status = found;
      status.addEventListener('change', listener);
    })
    .catch(() => undefined);
  return () => {
    stopped = true;
    status?.removeEventListener('change', listener);
  };
}
