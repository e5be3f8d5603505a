import { reminderId } from './due';
import { readPushedReminder } from './pushed-reminder';
import type { ReminderStore, StoredReminder } from './reminder-store';
import { inWordsOfNow, reminderWords } from './reminder-words';
import { REMINDER_PATH, showReminder } from './show-reminder';

/**
 * Shows the reminder a push from Lull's server names, once. The reminder store decides: a
 * reminder the open app (or an earlier push) already showed is claimed there, and nothing is
 * shown again. The tag is the page's; the words are made now, in the language spoken now, on
 * `zone`'s clock (the page's planned record when it has one, so its buttons are kept).
 */
export async function showPushedReminder(
  registration: ServiceWorkerRegistration,
  store: ReminderStore,
  text: string | undefined,
  zone: string,
): Promise<void> {
  const pushed = readPushedReminder(text);
  if (!pushed) return;
  const id = reminderId(pushed.kind, pushed.at);
  const planned = (await store.planned()).find((reminder) => reminder.id === id);
  if (!(await store.claim(id))) return;
  const reminder: StoredReminder = planned
    ? { bedtimeAt: pushed.bedtimeAt, ...planned }
    : {
        id,
        kind: pushed.kind,
        at: pushed.at,
        url: REMINDER_PATH,
        bedtimeAt: pushed.bedtimeAt,
        ...reminderWords(pushed.kind, pushed.bedtimeAt, zone),
      };
  await showReminder(registration, inWordsOfNow(reminder, zone));
}
