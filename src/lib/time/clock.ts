/** The one source of "now" (ms since the epoch). Passed in, so tests drive time exactly. */
export interface Clock {
  now(): number;
}

/** The device's clock. Wall time, so a session's start survives a reload. */
export const systemClock: Clock = { now: () => Date.now() };
