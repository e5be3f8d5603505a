import { addDays, dateKey, type CivilDate } from '../schedule/civil-date';
import { nightFigures } from './figures';
import { parseDateKey, wallMinutesFrom } from './local-time';
import type { NightEntry } from './night-entry';

/** Averages over a run of nights; each is null when no night in the run was logged. */
export interface NightsSummary {
  /** The first and last night of the run ("YYYY-MM-DD"). */
  from: string;
  to: string;
  nightsLogged: number;
  averageTotalSleep: number | null;
  averageEfficiency: number | null;
  averageTimeToFallAsleep: number | null;
  /**
   * How regular the bedtime was: the standard deviation, in minutes, of the time into bed on
   * the wall clock, counted around midnight so 23:30 and 00:30 are an hour apart, not 23.
   * Null below 2 nights.
   */
  bedtimeSpread: number | null;
}

const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Minutes from midnight at the end of the night's date to going to bed (23:00 is -60). */
export const bedtimeAroundMidnight = (night: NightEntry) =>
  wallMinutesFrom(night.night, night.intoBed) - 1440;

/** The summary of the `length` nights that end with `lastNight` (the 7- and 14-night views). */
export function summarizeNights(
  nights: readonly NightEntry[],
  lastNight: string,
  length: number,
): NightsSummary {
  const last = parseDateKey(lastNight) as CivilDate;
  const from = dateKey(addDays(last, 1 - length));
  // "YYYY-MM-DD" sorts as dates do.
  const inRun = nights.filter((night) => night.night >= from && night.night <= lastNight);
  const figures = inRun.map(nightFigures);
  const bedtimes = inRun.map(bedtimeAroundMidnight);
  const bedtimeMean = mean(bedtimes);
  return {
    from,
    to: lastNight,
    nightsLogged: inRun.length,
    averageTotalSleep: mean(figures.map((night) => night.totalSleep)),
    averageEfficiency: mean(figures.map((night) => night.efficiency)),
    averageTimeToFallAsleep: mean(figures.map((night) => night.timeToFallAsleep)),
    bedtimeSpread:
      bedtimes.length < 2 || bedtimeMean === null
        ? null
        : Math.sqrt(mean(bedtimes.map((minutes) => (minutes - bedtimeMean) ** 2)) as number),
  };
}
