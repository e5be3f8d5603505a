import type { Clock } from '../../lib/time/clock';
import type { RemindersState } from './reminders-state';

/** The slow safety check: catches a clock that jumped, a trip to another zone, a late timer. */
const SAFETY_CHECK_MS = 60_000;
/** Wall clock and monotonic clock apart by more than this between checks: the clock jumped. */
const CLOCK_JUMP_MS = 5_000;
/** setTimeout's longest delay (about 24.8 days); longer ones fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What the wake-ups need: the state they read, the clocks, and the check they start. */
export interface WakeupDeps {
  state: RemindersState;
  clock: Clock;
  monotonic: () => number;
  timeZone: () => string;
  check: () => Promise<void>;
}

/**
 * When to check again: a timer for the next reminder, and each minute a safety check that
 * computes from the clock again (no counted ticks).
 */
export function createWakeups({ state, clock, monotonic, timeZone, check }: WakeupDeps) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let safety: ReturnType<typeof setInterval> | undefined;
  const wake = () => void check();

  /** A jumped clock, a new zone or a missed time means a check now. */
  const safetyCheck = () => {
    const now = clock.now();
    const mono = monotonic();
    const jumped = Math.abs(now - state.mark.wall - (mono - state.mark.mono)) > CLOCK_JUMP_MS;
    state.mark = { wall: now, mono };
    if (jumped || now >= state.nextAt || timeZone() !== state.zone) wake();
    else state.banner.expire(now);
  };

  return {
    /** Sets the timer for the state's next reminder, in place of any set before. */
    arm() {
      clearTimeout(timer);
      timer = undefined;
      // Only while started: a check run by hand (tests) or finishing after stop leaves no timer.
      // The clock is read again: the check's storage work took time, and the time may be here.
      if (safety !== undefined && state.nextAt < Infinity)
        timer = setTimeout(wake, Math.min(Math.max(0, state.nextAt - clock.now()), MAX_TIMER_MS));
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
