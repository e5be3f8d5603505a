import type { Clock } from '../../lib/time/clock';
import { expireBanner, type Banner } from './banner-state';

/** The slow safety check: catches a clock that jumped, a trip to another zone, a late timer. */
const SAFETY_CHECK_MS = 60_000;
/** Wall clock and monotonic clock apart by more than this between checks: the clock jumped. */
const CLOCK_JUMP_MS = 5_000;
/** setTimeout's longest delay (about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * When to check again: a timer for the next reminder, and each minute a safety check that
 * computes from the clock again (no counted ticks). It keeps what it compares in its own
 * closure: the clocks and zone at the last check's look, and when the next reminder is due.
 */
export function createWakeups(
  clock: Clock,
  monotonic: () => number,
  timeZone: () => string,
  banner: Banner,
  check: () => Promise<void>,
) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let safety: ReturnType<typeof setInterval> | undefined;
  /** When the next reminder is due (the timer waits for it); Infinity when none is. */
  let nextAt = Infinity;
  /** Wall and monotonic clock at the last look: if they move apart, the clock jumped. */
  let wall = clock.now();
  let mono = monotonic();
  /** The time zone of the last check: a new one means a trip, and a new plan. */
  let zone = timeZone();
  const wake = () => void check();

  /** A jumped clock, a new zone or a missed time means a check now. */
  const safetyCheck = () => {
    const now = clock.now();
    const monoNow = monotonic();
    const jumped = Math.abs(now - wall - (monoNow - mono)) > CLOCK_JUMP_MS;
    wall = now;
    mono = monoNow;
    if (jumped || now >= nextAt || timeZone() !== zone) wake();
    else expireBanner(banner, now);
  };

  return {
    /** Notes a check's look at the clock (`now`) and the zone; returns the zone it plans in. */
    look(now: number): string {
      wall = now;
      mono = monotonic();
      return (zone = timeZone());
    },
    /** Sets the timer for the next reminder, due `at` (Infinity: none), in place of any set before. */
    arm(at: number) {
      nextAt = at;
      clearTimeout(timer);
      timer = undefined;
      // Only while started: a check run by hand (tests) or finishing after stop leaves no timer.
      // The clock is read again: the check's storage work took time, and the time may be here.
      if (safety !== undefined && at < Infinity)
        timer = setTimeout(wake, Math.min(Math.max(0, at - clock.now()), MAX_TIMER_MS));
    },
    /** Starts the safety check; returns the stop, which clears the timer too. */
    start(): () => void {
      safety = setInterval(safetyCheck, SAFETY_CHECK_MS);
      return () => {
        clearInterval(safety);
        clearTimeout(timer);
        safety = timer = undefined;
      };
    },
  };
}

/** The wake-ups' interface. */
export type Wakeups = ReturnType<typeof createWakeups>;
