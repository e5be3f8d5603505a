import { formatterFor } from '../../lib/intl-cache';
import { t } from './messages';

// Dates and times are wall-clock values: formatted as UTC so no zone shifts them.
const made = () =>
  formatterFor('nights', (locale) => ({
    night: new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }),
    clock: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
    hour: new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' }),
    percent: new Intl.NumberFormat(locale, { style: 'percent' }),
    list: new Intl.ListFormat(locale, { type: 'conjunction' }),
  }));

/** "Fri, 15 Jan": a night by its evening's date ("YYYY-MM-DD"). */
export const nightText = (night: string) => made().night.format(Date.parse(`${night}T00:00Z`));

/** "22:45" (or "10:45 PM"): a wall-clock time "HH:MM" in the app's language. */
export const clockTimeText = (time: string) =>
  made().clock.format(Date.parse(`1970-01-01T${time}Z`));

/** "10 PM" (or "22"): an hour of the chart's clock axis, from minutes after midnight. */
export const hourText = (minutes: number) => made().hour.format(minutes * 60_000);

/** "7 h 5 min", "8 h", "25 min": a length in whole minutes. */
export function minutesText(total: number): string {
  const rounded = Math.round(total);
  const hours = Math.floor(rounded / 60);
  const minutes = String(rounded % 60);
  if (hours === 0) return t('minutes', { minutes });
  return rounded % 60 === 0 ? t('hours', { hours }) : t('hoursMinutes', { hours, minutes });
}

/** "86%": a share from 0 to 1. */
export const percentText = (share: number) => made().percent.format(share);

/** "alcohol and cold feet". */
export const listText = (items: string[]) => made().list.format(items);
