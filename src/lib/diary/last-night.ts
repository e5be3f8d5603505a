import { addDays, dateKey, type CivilDate } from '../schedule/civil-date';
import { nightOn } from '../schedule/nights';
import type { Schedule } from '../schedule/schedule';
import { wallClockAt } from '../schedule/zoned-time';

// Pure and small: Tonight reads it in its first-load chunk, so the diary's store stays out of it.

const yesterday = (now: number, timeZone: string): CivilDate => {
  const wall = wallClockAt(now, timeZone);
  return addDays({ year: wall.year, month: wall.month, day: wall.day }, -1);
};

/** The night that ended this morning: the evening of yesterday's date on the clock in the zone. */
export const lastNightOf = (now: number, timeZone: string): string =>
  dateKey(yesterday(now, timeZone));

/** True from last night's wake time until this evening's wind-down: when to ask about the night. */
export function isCheckInTime(schedule: Schedule, now: number, timeZone: string): boolean {
  const night = yesterday(now, timeZone);
  return (
    nightOn(schedule, night, timeZone).wakeAt <= now &&
    now < nightOn(schedule, addDays(night, 1), timeZone).windDownAt
  );
}
