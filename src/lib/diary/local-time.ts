import { addDays, clockMinutes, dateKey, type CivilDate } from '../schedule/civil-date';
import { NIGHT_STARTS_AT_MINUTES } from '../schedule/nights';
import { instantAt } from '../schedule/zoned-time';
import type { LocalTime } from './night-entry';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The calendar date of "YYYY-MM-DD", or undefined when it is no real date (2027-02-30). */
export function parseDateKey(key: string): CivilDate | undefined {
  const match = DATE_PATTERN.exec(key);
  if (!match) return undefined;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // Date.UTC rolls 30 February over to March: a real date survives the round trip.
  return date.year >= 1970 && dateKey(addDays(date, 0)) === key ? date : undefined;
}

/** True for a wall-clock time "HH:MM", 24-hour. */
export const isClockTime = (time: string) => TIME_PATTERN.test(time);

const knownZones = new Map<string, boolean>();

/** True when this engine's Intl knows the zone: a backup from elsewhere may name one it lacks. */
export function isKnownTimeZone(timeZone: string): boolean {
  let known = knownZones.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(timeZone, known);
  }
  return known;
}

/** The instant of a valid local time in `timeZone` (skipped times move on by the gap). */
export function instantOf(moment: LocalTime, timeZone: string): number {
  return instantAt(parseDateKey(moment.date) as CivilDate, clockMinutes(moment.time), timeZone);
}

/** Minutes from the night's midnight (the evening's date) to a local time, by the wall clock. */
export function wallMinutesFrom(night: string, moment: LocalTime): number {
  const days = Math.round(
    (Date.parse(`${moment.date}T00:00Z`) - Date.parse(`${night}T00:00Z`)) / 86_400_000,
  );
  return days * 1440 + clockMinutes(moment.time);
}

/** Wake times before 18:00 are taken as the next morning: a long lie-in is still last night. */
export const WAKE_WINDOW_STARTS_AT_MINUTES = 18 * 60;

/**
 * Puts a clock time on the night's calendar, as the check-in pre-fills it: going to bed before
 * noon is the next morning ("a bedtime after midnight belongs to the night before"), and so
 * is waking before 18:00. The person can still change the date by hand.
 */
export function onNight(night: string, time: string, moment: 'bed' | 'wake'): LocalTime {
  const start = moment === 'bed' ? NIGHT_STARTS_AT_MINUTES : WAKE_WINDOW_STARTS_AT_MINUTES;
  const date = parseDateKey(night) as CivilDate;
  return { date: dateKey(clockMinutes(time) < start ? addDays(date, 1) : date), time };
}
