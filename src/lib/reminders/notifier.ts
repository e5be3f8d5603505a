import type { StoredReminder } from './reminder-store';

/** The notification permission, or 'unsupported' where there are no notifications. */
export type PermissionState = NotificationPermission | 'unsupported';

/**
 * What a due reminder is shown through. Today the page's service worker registration
 * (browser-notifier.ts); a push-based one can take its place without delivery changing.
 */
export interface Notifier {
  /** The notification permission as it stands: a reminder is shown only while 'granted'. */
  permission(): PermissionState;
  /** Shows a reminder; false when there was no way to. */
  show(reminder: StoredReminder): Promise<boolean>;
}
