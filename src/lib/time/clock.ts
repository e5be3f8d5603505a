/** The one source of "now" (ms since the epoch). Passed in, so tests drive time exactly. */
export interface Clock {
  now(): number;
  /** Wall time this clock leaves out now (the steady clock's jumps); none when absent. */
  discountMs?(): number;
  /** Calls `listener` whenever that changes; returns the way to stop. */
  onDiscountChange?(listener: () => void): () => void;
}

/** The device's wall clock: what bedtimes and reminders are set on (timers use timerClock). */
export const systemClock: Clock = { now: () => Date.now() };
