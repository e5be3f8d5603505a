import type { Signal } from '@preact/signals';
import type { StoredReminder } from '../../lib/reminders/reminder-store';

/** A banner from a reminder this old is from an evening that is over: it goes. */
const BANNER_LIFETIME_MS = 4 * 60 * 60 * 1000;

/** The in-app banner: the reminder it shows, while the page was on screen at its time. */
export type Banner = Signal<StoredReminder | null>;

// Plain functions over the one signal the model owns, not methods on a wrapper: the parts
// share the signal itself, and module functions minify where method names do not.

/** Dismisses the banner if it shows this reminder (snoozed from its notification). */
export function dismissIf(banner: Banner, id: string) {
  if (banner.peek()?.id === id) banner.value = null;
}

/** Drops a banner whose evening is over. */
export function expireBanner(banner: Banner, now: number) {
  const shown = banner.peek();
  if (shown && now - shown.at > BANNER_LIFETIME_MS) banner.value = null;
}
