import type { SleepTimer } from '../../lib/audio/sleep-fade';

/**
 * How long the fade lasts: as set, but never more than half the timer, so the sound is
 * heard at full for at least half of it.
 */
export function fadeMsFor(timerMinutes: number, fadeOutMinutes: number): number {
  return Math.min(fadeOutMinutes, timerMinutes / 2) * 60_000;
}

/** A sleep timer that starts now. */
export function sleepTimerFor(
  now: number,
  timerMinutes: number,
  fadeOutMinutes: number,
): SleepTimer {
  return { endsAt: now + timerMinutes * 60_000, fadeMs: fadeMsFor(timerMinutes, fadeOutMinutes) };
}
