import { clockMinutes } from './civil-date';

/** The nights of the week, Monday first. A night is named by its evening: "Friday night". */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** One night of the week. */
export type Weekday = (typeof weekdays)[number];

/** The weekday of `Date.prototype.getDay()` numbering (0 = Sunday). */
export const weekdayOfDay: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Weeknights (work or school the next morning) and weekend nights, for the quick form. */
export const weeknights: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu'];
/** Friday and Saturday nights: the mornings after are the weekend. */
export const weekendNights: readonly Weekday[] = ['fri', 'sat'];

/** One night's plan, in wall-clock time "HH:MM" wherever the device is. */
export interface NightTimes {
  bedtime: string;
  wake: string;
}

/** The sleep schedule as the maths needs it (the settings hold the same fields, and more). */
export interface Schedule {
  sameEveryDay: boolean;
  /** Used when `sameEveryDay`; the per-night times are kept for when it is turned off. */
  everyNight: NightTimes;
  nights: Record<Weekday, NightTimes>;
  /** How long before bedtime the wind-down starts. */
  leadMinutes: number;
}

/** The times that apply to one night of the week. */
export function timesFor(schedule: Schedule, night: Weekday): NightTimes {
  return schedule.sameEveryDay ? schedule.everyNight : schedule.nights[night];
}

/**
 * Time in bed from bedtime to wake, by the clock face, in minutes. The wake time is the first
 * one after bedtime, so equal times mean a full day. (A night with a daylight-saving change is
 * an hour longer or shorter in real time; `nightOn` gives the real instants.)
 */
export function sleepMinutes({ bedtime, wake }: NightTimes): number {
  const minutes = (clockMinutes(wake) - clockMinutes(bedtime) + 1440) % 1440;
  return minutes === 0 ? 1440 : minutes;
}

/** The average time in bed over the seven nights of the week, in minutes. */
export function weekAverageMinutes(schedule: Schedule): number {
  const total = weekdays.reduce((sum, night) => sum + sleepMinutes(timesFor(schedule, night)), 0);
  return total / weekdays.length;
}
