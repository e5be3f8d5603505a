import { messages } from '../messages';
import type { ReminderKind } from './due';
import type { ReminderAction } from './reminder-store';

/**
 * A reminder's words for the service worker, when a push arrives for a reminder the page has
 * not planned (Lull was not opened since the schedule changed). The same words as the page's
 * (features/reminders/messages.ts; a test holds the two equal).
 */
export const t = messages('lib/reminders/reminder-words', {
  en: {
    'windDown.title': 'Time to wind down',
    'windDown.body': 'Bedtime is at {time}. Lights low, screens away.',
    'bedtime.title': 'Time for bed',
    'bedtime.body': 'Lights out, and let the day wait until tomorrow. Sleep well.',
    'action.start': 'Start wind-down',
    'action.snooze': 'Snooze 10 min',
  },
});

/** Title, body and buttons of a reminder, as the page words them; times on the device's clock. */
export function reminderWords(kind: ReminderKind, bedtimeAt: number) {
  const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
  const actions: ReminderAction[] = [
    { action: 'start', title: t('action.start') },
    { action: 'snooze', title: t('action.snooze') },
  ];
  return kind === 'wind-down'
    ? {
        title: t('windDown.title'),
        body: t('windDown.body', { time: time.format(bedtimeAt) }),
        actions,
      }
    : { title: t('bedtime.title'), body: t('bedtime.body'), actions };
}
