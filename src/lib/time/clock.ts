/** The one source of "now" (ms since the epoch). Passed in, so tests drive time exactly. */
export interface Clock {
  now(): number;
}

/** The device's wall clock: what bedtimes and reminders are set on (timers use timerClock). */
export const systemClock: Clock = { now: () => Date.now() };
