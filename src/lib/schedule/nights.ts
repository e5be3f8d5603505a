import { addDays, clockMinutes, dayOfWeek, type CivilDate } from './civil-date';
import { timesFor, weekdayOfDay, type Schedule, type Weekday } from './schedule';
import { instantAt, wallClockAt } from './zoned-time';

/**
 * Bedtimes before noon belong to the night before: a "Friday night" bedtime of 00:30 is on
 * Saturday's date. So each night owns the bedtimes from noon of its date to noon of the next.
 */
export const NIGHT_STARTS_AT_MINUTES = 12 * 60;

const MINUTE_MS = 60_000;

/** A wall-clock moment: a date and minutes after its midnight. */
export interface WallTime {
  date: CivilDate;
  minutes: number;
}

/** One night of the schedule on the calendar, with the real instants of its moments. */
export interface DatedNight {
  /** The date of the night's evening ("Friday night" is Friday's date). */
  date: CivilDate;
  weekday: Weekday;
  /** Bedtime and wake as the clock face shows them (before any daylight-saving shift). */
  bedtime: WallTime;
  wake: WallTime;
  windDownAt: number;
  bedtimeAt: number;
  wakeAt: number;
}

/** The night that starts on the evening of `date`, in `timeZone`. */
export function nightOn(schedule: Schedule, date: CivilDate, timeZone: string): DatedNight {
  const weekday = weekdayOfDay[dayOfWeek(date)];
  const times = timesFor(schedule, weekday);
  const bed = clockMinutes(times.bedtime);
  const wake = clockMinutes(times.wake);
  const bedDate = bed < NIGHT_STARTS_AT_MINUTES ? addDays(date, 1) : date;
  // The wake time is the first one after bedtime.
  const wakeDate = wake > bed ? bedDate : addDays(bedDate, 1);
  const bedtimeAt = instantAt(bedDate, bed, timeZone);
  return {
    date,
    weekday,
    bedtime: { date: bedDate, minutes: bed },
    wake: { date: wakeDate, minutes: wake },
    // The lead is real time: 45 minutes of winding down, even across a clock change.
    windDownAt: bedtimeAt - schedule.leadMinutes * MINUTE_MS,
    bedtimeAt,
    wakeAt: instantAt(wakeDate, wake, timeZone),
  };
}

/** The night a moment belongs to: its own date from noon, the day before until noon. */
export function nightDateOf(instant: number, timeZone: string): CivilDate {
  const wall = wallClockAt(instant, timeZone);
  const date = { year: wall.year, month: wall.month, day: wall.day };
  return wall.hour * 60 + wall.minute < NIGHT_STARTS_AT_MINUTES ? addDays(date, -1) : date;
}

/** `count` consecutive nights, starting with the night of `date`. */
export function nightsFrom(
  schedule: Schedule,
  date: CivilDate,
  count: number,
  timeZone: string,
): DatedNight[] {
  return Array.from({ length: count }, (_, index) =>
    nightOn(schedule, addDays(date, index), timeZone),
  );
}

// Yesterday's night to a week ahead: every night whose moments can be next.
const nightsAround = (schedule: Schedule, now: number, timeZone: string) =>
  nightsFrom(schedule, addDays(nightDateOf(now, timeZone), -1), 10, timeZone);

const earliest = (nights: DatedNight[], at: (night: DatedNight) => number, now: number) =>
  nights
    .filter((night) => at(night) > now)
    .reduce((best, night) => (at(night) < at(best) ? night : best));

/** The first night whose bedtime is still to come. */
export function nextBedtime(schedule: Schedule, now: number, timeZone: string): DatedNight {
  return earliest(nightsAround(schedule, now, timeZone), (night) => night.bedtimeAt, now);
}

/** The first night whose wind-down is still to come. */
export function nextWindDown(schedule: Schedule, now: number, timeZone: string): DatedNight {
  return earliest(nightsAround(schedule, now, timeZone), (night) => night.windDownAt, now);
}

/** Where tonight stands: before the wind-down, in it, or past bedtime (until wake). */
export type TonightPhase = 'day' | 'wind-down' | 'asleep';

/** The next bedtime's night, and the phase of the evening at `now`. */
export interface Tonight {
  next: DatedNight;
  phase: TonightPhase;
}

const tonightAmong = (nights: DatedNight[], now: number): Tonight => {
  const next = earliest(nights, (night) => night.bedtimeAt, now);
  const asleep = nights.some((night) => night.bedtimeAt <= now && now < night.wakeAt);
  const phase: TonightPhase = now >= next.windDownAt ? 'wind-down' : asleep ? 'asleep' : 'day';
  return { next, phase };
};

/** The next bedtime's night, and the phase of the evening at `now`. */
export function tonightAt(schedule: Schedule, now: number, timeZone: string): Tonight {
  return tonightAmong(nightsAround(schedule, now, timeZone), now);
}

/**
 * `tonightAt`, worked out again only when its answer can change. For one schedule and zone the
 * answer stays the same until the next moment (wind-down, bedtime, wake) of the nights it looks
 * at, so until then (and unless the clock goes back) the same answer is given back, the same
 * object. Those nights start with yesterday's, whose moments are all past before a new night's
 * date begins. Tonight asks each second; ten nights' instants each time were most of the
 * screen's work on a phone.
 */
export function createTonightAt(): typeof tonightAt {
  let last: { schedule: Schedule; zone: string; at: number; until: number; value: Tonight };
  return (schedule, now, zone) => {
    if (last?.schedule === schedule && last.zone === zone && last.at <= now && now < last.until)
      return last.value;
    const nights = nightsAround(schedule, now, zone);
    const moments = nights.flatMap((night) => [night.windDownAt, night.bedtimeAt, night.wakeAt]);
    const until = Math.min(...moments.filter((moment) => moment > now));
    last = { schedule, zone, at: now, until, value: tonightAmong(nights, now) };
    return last.value;
  };
}
