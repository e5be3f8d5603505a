import { signal } from '@preact/signals';
import type { StoredReminder } from '../../lib/reminders/reminder-store';

/** A banner from a reminder this old is from an evening that is over: it goes. */
const BANNER_LIFETIME_MS = 4 * 60 * 60 * 1000;

/** The in-app banner's state: the reminder it shows, and when that goes. */
export function createBannerState() {
  const reminder = signal<StoredReminder | null>(null);
  return {
    /** The reminder the banner shows, while the page was on screen at its time. */
    reminder,
    show(next: StoredReminder) {
      reminder.value = next;
    },
    dismiss() {
      reminder.value = null;
    },
    /** Dismisses the banner if it shows this reminder (snoozed from its notification). */
    dismissIf(id: string) {
      if (reminder.peek()?.id === id) reminder.value = null;
    },
    /** Drops a banner whose evening is over. */
    expire(now: number) {
      const shown = reminder.peek();
      if (shown && now - shown.at > BANNER_LIFETIME_MS) reminder.value = null;
    },
  };
}

/** The banner state's interface. */
export type BannerState = ReturnType<typeof createBannerState>;
