import { clockTimeIn } from '../../lib/intl-cache';
import { messages } from '../../lib/messages';

/** Words of the Tonight screen. */
export const t = messages('features/home/messages', {
  en: {
    title: 'Tonight',
    'windDown.in': 'Wind-down starts in {time}',
    'windDown.now': 'Time to wind down',
    'windDown.at': 'at {time}',
    'windDown.since': 'since {time}',
    'bedtime.in': 'Bedtime in {time}',
    'bedtime.at': 'at {time}',
    'windDown.start': 'Start wind-down',
    asleep: 'It is bedtime. Rest easy, there is no hurry.',
    'asleep.next': 'The next wind-down starts in {time}, at {at}.',
    'streak.one': '{count} night in a row with your routine',
    'streak.other': '{count} nights in a row with your routine',
    'schedule.link': 'Change your schedule',
    'checkIn.offer': 'How did you sleep?',
    'more.settings': 'Settings',
    'more.about': 'About Lull',
    'duration.hm': '{hours} h {minutes} min',
    'duration.h': '{hours} h',
    'duration.m': '{minutes} min',
  },
});

/**
 * A countdown in whole minutes, rounded up so it reads "1 min" until the moment itself:
 * "2 h 15 min", "3 h", "40 min".
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 60_000));
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return t('duration.m', { minutes });
  return minutes === 0 ? t('duration.h', { hours }) : t('duration.hm', { hours, minutes });
}

/** A moment as the person's own clock shows it ("22:30" or "10:30 PM"), in `timeZone`. */
export const formatClock = (instant: number, timeZone: string): string =>
  clockTimeIn(instant, timeZone);
