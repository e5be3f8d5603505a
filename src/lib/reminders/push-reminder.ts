import { reminderId } from './due';
import { readPushedReminder } from './pushed-reminder';
import type { ReminderStore, StoredReminder } from './reminder-store';
import { reminderWords } from './reminder-words';
import { REMINDER_PATH, showReminder } from './show-reminder';

/**
 * Shows the reminder a push from Lull's server names, once. The reminder store decides: a
 * reminder the open app (or an earlier push) already showed is claimed there, and nothing is
 * shown again. The words and the tag are the page's: its planned record when it has one,
 * else the same words made here.
 */
export async function showPushedReminder(
  registration: ServiceWorkerRegistration,
  store: ReminderStore,
  text: string | undefined,
): Promise<void> {
  const pushed = readPushedReminder(text);
  if (!pushed) return;
  const id = reminderId(pushed.kind, pushed.at);
  const planned = (await store.planned()).find((reminder) => reminder.id === id);
  if (!(await store.claim(id))) return;
  const reminder: StoredReminder = planned ?? {
    id,
    kind: pushed.kind,
    at: pushed.at,
    url: REMINDER_PATH,
    ...reminderWords(pushed.kind, pushed.bedtimeAt),
  };
  await showReminder(registration, reminder);
}
