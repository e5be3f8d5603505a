import { instantOf } from './local-time';
import type { NightEntry } from './night-entry';

/** One night's figures, by the Consensus Sleep Diary paper's definitions, in minutes. */
export interface NightFigures {
  /** Into bed to out of bed. */
  timeInBed: number;
  /** Sleep onset latency: the time to fall asleep, as answered. */
  timeToFallAsleep: number;
  /** Wake after sleep onset: the total of the night's wakings, as answered. */
  timeAwakeInNight: number;
  /** From trying to sleep to the final awakening, less the two above. */
  totalSleep: number;
  /** Total sleep / time in bed, 0 to 1. */
  efficiency: number;
}

const MINUTE_MS = 60_000;

/**
 * The figures of one night. Spans are real elapsed time: each wall time becomes an instant in
 * the zone the night was logged in, so a 23- or 25-hour night counts its real hours.
 * A night that was read but never validated (an imported backup) still gives figures in
 * range: total sleep is held between 0 and the time in bed.
 */
export function nightFigures(night: NightEntry): NightFigures {
  const at = (moment: NightEntry['intoBed']) => instantOf(moment, night.timeZone);
  const minutesBetween = (from: number, to: number) =>
    Math.max(0, Math.round((to - from) / MINUTE_MS));
  const timeInBed = minutesBetween(at(night.intoBed), at(night.outOfBed));
  const sleepWindow = minutesBetween(at(night.triedToSleep), at(night.finalWaking));
  const totalSleep = clamp(
    sleepWindow - night.minutesToFallAsleep - night.minutesAwake,
    0,
    timeInBed,
  );
  return {
    timeInBed,
    timeToFallAsleep: night.minutesToFallAsleep,
    timeAwakeInNight: night.minutesAwake,
    totalSleep,
    // No time in bed means no sleep in it: 0 rather than 0/0.
    efficiency: timeInBed === 0 ? 0 : totalSleep / timeInBed,
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
