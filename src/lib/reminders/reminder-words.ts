import { clockTimeIn } from '../intl-cache';
import { messages } from '../messages';
import type { ReminderKind } from './due';
import type { ReminderAction, StoredReminder } from './reminder-store';

/**
 * A reminder's words for the service worker, which makes them when it shows a reminder, in the
 * language of that moment: a push for a reminder the page has not planned, or one planned before
 * the language changed. The same words as the page's (features/reminders/messages.ts; a test
 * holds the two equal).
 */
export const t = messages('lib/reminders/reminder-words', {
  en: {
    'windDown.title': 'Time to wind down',
    'windDown.body': 'Bedtime is at {time}. Lights low, screens away.',
    'bedtime.title': 'Time for bed',
    'bedtime.body': 'Lights out, and let the day wait until tomorrow. Sleep well.',
    'wake.title': 'Fill in last night?',
    'wake.body': 'A few taps about how you slept, while the night is still fresh.',
    'action.start': 'Start wind-down',
    'action.snooze': 'Snooze 10 min',
  },
});

// Each key written out whole: the catalog test finds the keys the code uses by reading it.
const actionTitle = (action: ReminderAction['action']) =>
  action === 'start' ? t('action.start') : t('action.snooze');

/** Buttons as the page words them: "Start wind-down", "Snooze 10 min". */
const reminderActions = (): ReminderAction[] =>
  (['start', 'snooze'] as const).map((action) => ({ action, title: actionTitle(action) }));

/** Title, body and buttons of a reminder, as the page words them; the time on `zone`'s clock. */
export function reminderWords(kind: ReminderKind, bedtimeAt: number, zone: string) {
  if (kind === 'wake') return { title: t('wake.title'), body: t('wake.body'), actions: [] };
  return kind === 'wind-down'
    ? {
        title: t('windDown.title'),
        body: t('windDown.body', { time: clockTimeIn(bedtimeAt, zone) }),
        actions: reminderActions(),
      }
    : { title: t('bedtime.title'), body: t('bedtime.body'), actions: reminderActions() };
}

/**
 * A kept reminder in the language spoken now: words planned earlier follow a change of
 * language. Its own buttons are kept, retitled. A wind-down reminder from before bedtimes were
 * kept cannot be worded again and keeps its words.
 */
export function inWordsOfNow(reminder: StoredReminder, zone: string): StoredReminder {
  if (reminder.kind === 'wind-down' && reminder.bedtimeAt === undefined) return reminder;
  const { title, body } = reminderWords(reminder.kind, reminder.bedtimeAt ?? reminder.at, zone);
  const actions = reminder.actions.map(({ action }) => ({ action, title: actionTitle(action) }));
  return { ...reminder, title, body, actions };
}
