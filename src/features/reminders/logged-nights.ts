import { lastNightOf } from '../../lib/diary/last-night';
import type { StoredReminder } from '../../lib/reminders/reminder-store';

/** Whether a night (its evening's date, "YYYY-MM-DD") is in the diary: the composition root's. */
export type NightLogged = (night: string) => Promise<boolean>;

/**
 * The reminders without the wake ones whose night is already in the diary: there is nothing
 * to fill in. A diary that cannot be read counts as not logged, so the reminder still comes.
 */
export async function withoutLoggedNights(
  reminders: readonly StoredReminder[],
  zone: string,
  nightLogged: NightLogged,
): Promise<StoredReminder[]> {
  const keep = await Promise.all(
    reminders.map(
      (reminder) =>
        reminder.kind !== 'wake' ||
        nightLogged(lastNightOf(reminder.at, reminder.zone ?? zone)).then(
          (logged) => !logged,
          () => true,
        ),
    ),
  );
  return reminders.filter((_, index) => keep[index]);
}
