import type { LocalTime } from '../../lib/diary/night-entry';
import { currentLocale } from '../../lib/messages';
import { t } from './messages';

const utcNoon = (key: string) => Date.parse(`${key}T12:00:00Z`);

/** "Thursday night, 3 December": the night by its evening's date. */
export function nightTitle(night: string): string {
  const at = utcNoon(night);
  const part = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(currentLocale(), { ...options, timeZone: 'UTC' }).format(at);
  return t('night.of', {
    weekday: part({ weekday: 'long' }),
    date: part({ day: 'numeric', month: 'long' }),
  });
}

/** A moment as the person's own clock shows it ("22:45" or "10:45 PM"); a dash when unanswered. */
export function clockOf(moment: LocalTime | null): string {
  if (!moment) return '–';
  return new Intl.DateTimeFormat(currentLocale(), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(Date.parse(`${moment.date}T${moment.time}:00Z`));
}

/** "15 min". */
export function minutesText(minutes: number | null): string {
  if (minutes === null || !Number.isFinite(minutes)) return '–';
  return new Intl.NumberFormat(currentLocale(), {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'short',
  }).format(minutes);
}

/** A count typed into a field: null while empty (asked for again), else the number as typed. */
export const typedCount = (text: string): number | null =>
  text.trim() === '' ? null : Number(text);
