import { addDays, dateKey, type CivilDate } from '../schedule/civil-date';
import { parseDateKey } from './local-time';
import type { NightEntry } from './night-entry';

/** Why the diary points to a doctor: the catalog key of the reason, with its counts. */
export interface DoctorReason {
  reason: 'doctor.jerksWaking' | 'doctor.daytimeTwitching' | 'doctor.cramps' | 'doctor.poorSleep';
  /** On how many nights it came, of how many looked at. */
  count: number;
  of: number;
}

// CONTENT.md's thresholds, over the last 7 logged nights.
const RECENT_NIGHTS = 7;
const JERK_WOKE_NIGHTS = 4;
const TWITCHING_DAYS = 2;
const CRAMP_NIGHTS = 3;
// "Sleep quality poor or very poor on most nights for 3 weeks": most (4) of the 7 nights in
// each of the last three weeks, counted on the calendar, so unlogged nights never count as poor.
const POOR_WEEKS = 3;
const POOR_NIGHTS_PER_WEEK = 4;

const poor = (night: NightEntry) => night.quality === 'poor' || night.quality === 'very-poor';

/**
 * The reasons the logged nights fit CONTENT.md's list for talking to a doctor; empty when none
 * do. `lastNight` is the latest night the diary covers (last night, on a morning).
 */
export function doctorReasons(nights: readonly NightEntry[], lastNight: string): DoctorReason[] {
  const logged = nights
    .filter((night) => night.night <= lastNight)
    .sort((a, b) => a.night.localeCompare(b.night));
  const recent = logged.slice(-RECENT_NIGHTS);
  const count = (fits: (night: NightEntry) => boolean) => recent.filter(fits).length;
  const reasons: DoctorReason[] = [];
  const add = (reason: DoctorReason['reason'], found: number, threshold: number, of: number) => {
    if (found >= threshold) reasons.push({ reason, count: found, of });
  };
  // "Last 7 logged nights": fewer logged nights cannot reach the thresholds any sooner.
  add(
    'doctor.jerksWaking',
    count((n) => n.jerkWokeMe === true),
    JERK_WOKE_NIGHTS,
    recent.length,
  );
  add(
    'doctor.daytimeTwitching',
    count((n) => n.daytimeTwitching === true),
    TWITCHING_DAYS,
    recent.length,
  );
  add(
    'doctor.cramps',
    count((n) => n.cramp === 'one' || n.cramp === 'more-than-one'),
    CRAMP_NIGHTS,
    recent.length,
  );

  const last = parseDateKey(lastNight) as CivilDate;
  const poorNights = new Set(logged.filter(poor).map((night) => night.night));
  let poorInWeeks = 0;
  let everyWeek = true;
  for (let week = 0; week < POOR_WEEKS; week += 1) {
    let inWeek = 0;
    for (let day = 0; day < 7; day += 1)
      if (poorNights.has(dateKey(addDays(last, -(week * 7 + day))))) inWeek += 1;
    everyWeek &&= inWeek >= POOR_NIGHTS_PER_WEEK;
    poorInWeeks += inWeek;
  }
  if (everyWeek) reasons.push({ reason: 'doctor.poorSleep', count: poorInWeeks, of: 21 });
  return reasons;
}
