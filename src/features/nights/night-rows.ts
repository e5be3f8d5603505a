import {
  addDays,
  clockMinutes,
  dateKey,
  dayOfWeek,
  type CivilDate,
} from '../../lib/schedule/civil-date';
import { NIGHT_STARTS_AT_MINUTES } from '../../lib/schedule/nights';
import { timesFor, weekdayOfDay, type Schedule } from '../../lib/schedule/schedule';
import { nightFigures, type NightFigures } from '../../lib/diary/figures';
import { parseDateKey, wallMinutesFrom } from '../../lib/diary/local-time';
import type { NightEntry } from '../../lib/diary/night-entry';

/** How many nights a page of /nights shows: the two weeks a sleep clinic asks for. */
export const NIGHTS_PER_PAGE = 14;

/** A span on the night's clock, in minutes from midnight at the start of its date. */
export interface ClockSpan {
  from: number;
  to: number;
}

/** One night of a page: logged (with its figures), not logged, or stored but unreadable. */
export type NightRow = { night: string; schedule: ClockSpan } & (
  | {
      state: 'logged';
      entry: NightEntry;
      figures: NightFigures;
      inBed: ClockSpan;
      asleep: ClockSpan;
    }
  | { state: 'missing' | 'unreadable' }
);

const dateOf = (key: string) => parseDateKey(key) as CivilDate;

/**
 * The schedule's bedtime to wake for the night of `night`, on that night's wall clock, as
 * `nightOn` places them: a bedtime before noon is the next day's, and the wake time is the
 * first one after it. Wall-clock only, so no zone is asked (the chart is drawn on the clock).
 */
function scheduleSpan(schedule: Schedule, night: string): ClockSpan {
  const times = timesFor(schedule, weekdayOfDay[dayOfWeek(dateOf(night))]);
  const bed = clockMinutes(times.bedtime);
  const wake = clockMinutes(times.wake);
  const from = bed < NIGHT_STARTS_AT_MINUTES ? bed + 1440 : bed;
  const wakeDay = from - bed + (wake > bed ? 0 : 1440);
  return { from, to: wakeDay + wake };
}

/** The page of `NIGHTS_PER_PAGE` nights that ends with `lastNight`, oldest first. */
export function nightRows(
  lastNight: string,
  logged: ReadonlyMap<string, NightEntry>,
  unreadable: ReadonlySet<string>,
  schedule: Schedule,
): NightRow[] {
  const last = dateOf(lastNight);
  return Array.from({ length: NIGHTS_PER_PAGE }, (_, index): NightRow => {
    const night = dateKey(addDays(last, index + 1 - NIGHTS_PER_PAGE));
    const base = { night, schedule: scheduleSpan(schedule, night) };
    const entry = logged.get(night);
    if (!entry) return { ...base, state: unreadable.has(night) ? 'unreadable' : 'missing' };
    const at = (moment: NightEntry['intoBed']) => wallMinutesFrom(night, moment);
    const figures = nightFigures(entry);
    return {
      ...base,
      state: 'logged',
      entry,
      figures,
      inBed: { from: at(entry.intoBed), to: at(entry.outOfBed) },
      // Asleep from trying to sleep plus the time it took, to the final awakening.
      asleep: {
        from: Math.min(at(entry.triedToSleep) + entry.minutesToFallAsleep, at(entry.finalWaking)),
        to: at(entry.finalWaking),
      },
    };
  });
}

/** The first night of the page that ends with `lastNight`. */
export const firstNightOf = (lastNight: string) =>
  dateKey(addDays(dateOf(lastNight), 1 - NIGHTS_PER_PAGE));

/** The night `pages` pages before the one ending with `lastNight`. */
export const pagesBefore = (lastNight: string, pages: number) =>
  dateKey(addDays(dateOf(lastNight), -NIGHTS_PER_PAGE * pages));

/** The clock the chart spans: whole hours around every row, 21:00 to 08:00 at least. */
export function chartHours(rows: readonly NightRow[]): ClockSpan {
  let from = 21 * 60;
  let to = 24 * 60 + 8 * 60;
  for (const row of rows) {
    const spans = row.state === 'logged' ? [row.schedule, row.inBed] : [row.schedule];
    for (const span of spans) {
      from = Math.min(from, span.from);
      to = Math.max(to, span.to);
    }
  }
  return { from: Math.floor(from / 60) * 60, to: Math.ceil(to / 60) * 60 };
}
