import { instantAt, wallClockAt } from '../schedule/zoned-time';
import { reminderId } from './due';
import type { ReminderStore, StoredReminder } from './reminder-store';

/**
 * A planned reminder at the same time on the clock in `zone` as it had in the zone it was
 * planned in: a bedtime is a time on the clock, so when the device's zone changed while Lull
 * was closed it comes at that time where the person is now. Its id is the one the page plans
 * there, so a page opened later does not show it again. A snooze (no zone) is an instant.
 */
export function onZoneClock(reminder: StoredReminder, zone: string): StoredReminder {
  if (!reminder.zone || reminder.zone === zone) return reminder;
  const { year, month, day, hour, minute, second } = wallClockAt(reminder.at, reminder.zone);
  const at = instantAt({ year, month, day }, hour * 60 + minute, zone) + second * 1000;
  return { ...reminder, id: reminderId(reminder.kind, at), at, zone };
}

/**
 * What the service worker shows when it wakes with no window open: the reminder due at `now`
 * with the device in `zone` (read when the worker runs, not when the plan was made), claimed
 * so no tab shows it again; null when none is due.
 */
export async function claimDueInZone(
  store: ReminderStore,
  now: number,
  zone: string,
): Promise<StoredReminder | null> {
  const planned = (await store.planned()).map((reminder) => onZoneClock(reminder, zone));
  return store.claimDue([...planned, ...(await store.snoozed())], now);
}
