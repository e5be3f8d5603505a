import { emptyCheckIn, type CheckInForm } from '../../lib/diary/check-in';
import { lastNightOf } from '../../lib/diary/last-night';
import { instantOf, onNight, parseDateKey, wallMinutesFrom } from '../../lib/diary/local-time';
import type { LocalTime, NightEntry } from '../../lib/diary/night-entry';
import { clockText, dateKey, type CivilDate } from '../../lib/schedule/civil-date';
import { NIGHT_STARTS_AT_MINUTES as NOON, nightDateOf, nightOn } from '../../lib/schedule/nights';
import type { Schedule } from '../../lib/schedule/schedule';
import { wallClockAt } from '../../lib/schedule/zoned-time';
import type { JournalEntry } from '../../lib/storage/journal';

/** The night a check-in opens: `?night=` or last night; or why it cannot open that one. */
export type NightToOpen = { night: string } | { problem: 'notOver' | 'unknown' };

/** Reads `?night=YYYY-MM-DD` (none: last night); a night not yet over cannot be filled in. */
export function nightToOpen(param: string | null, now: number, timeZone: string): NightToOpen {
  const last = lastNightOf(now, timeZone);
  if (param === null || param === '') return { night: last };
  if (!parseDateKey(param)) return { problem: 'unknown' };
  return param > last ? { problem: 'notOver' } : { night: param };
}

/** What the pre-filled answers are made from. */
export interface PrefillSources {
  night: string;
  schedule: Schedule;
  /** The routine's record: the wind-down that ended that night says when bed came. */
  journal: readonly JournalEntry[];
  /** The latest night logged before this one: its time to fall asleep is the usual one. */
  previous: NightEntry | undefined;
  now: number;
  timeZone: string;
}

// With no night before it to go by, a quarter of an hour; the person confirms or changes it.
const USUAL_MINUTES_TO_FALL_ASLEEP = 15;
const STEP_KEY = /^[\w:-]{1,40}$/;

const wallTime = (instant: number, timeZone: string): LocalTime => {
  const wall = wallClockAt(instant, timeZone);
  return { date: dateKey(wall), time: clockText(wall.hour * 60 + wall.minute) };
};

/** The wind-down that ended on the night, if the routine ran then (the last, if twice). */
function windDownOf(night: string, journal: readonly JournalEntry[], timeZone: string) {
  const ran = journal.filter(
    (entry) =>
      entry.kind === 'routine' && dateKey(nightDateOf(entry.startedAt, timeZone)) === night,
  );
  const last = ran.at(-1);
  if (!last) return undefined;
  const done = Array.isArray(last.details.done) ? last.details.done : [];
  return {
    ended: wallTime(last.endedAt, timeZone),
    done: done.filter((key) => STEP_KEY.test(key)).slice(0, 30),
  };
}

/**
 * A check-in for a night not yet logged, answered as an ordinary night goes: into bed when the
 * wind-down ended (else at bedtime), asleep after the usual time, no wakings, up at wake time
 * (or now, if that is sooner). Quality is left for the person: the one answer Lull cannot know.
 */
export function prefillCheckIn(from: PrefillSources): CheckInForm {
  const { night, schedule, timeZone } = from;
  const planned = nightOn(schedule, parseDateKey(night) as CivilDate, timeZone);
  const windDown = windDownOf(night, from.journal, timeZone);
  const endedInBedWindow =
    windDown !== undefined &&
    wallMinutesFrom(night, windDown.ended) >= NOON &&
    wallMinutesFrom(night, windDown.ended) < NOON + 1440;
  const bed = endedInBedWindow
    ? windDown.ended
    : onNight(night, clockText(planned.bedtime.minutes), 'bed');
  const plannedWake = onNight(night, clockText(planned.wake.minutes), 'wake');
  const wake =
    instantOf(plannedWake, timeZone) > from.now ? wallTime(from.now, timeZone) : plannedWake;
  return {
    ...emptyCheckIn(night, timeZone),
    intoBed: bed,
    triedToSleep: bed,
    minutesToFallAsleep: from.previous?.minutesToFallAsleep ?? USUAL_MINUTES_TO_FALL_ASLEEP,
    wakings: 0,
    minutesAwake: 0,
    finalWaking: wake,
    outOfBed: wake,
    windDownDone: windDown ? windDown.done : null,
  };
}

/** The form holding a saved night's answers, to edit. */
export function formOfNight(entry: NightEntry): CheckInForm {
  const { version: _version, savedAt: _savedAt, ...answers } = entry;
  return answers;
}
