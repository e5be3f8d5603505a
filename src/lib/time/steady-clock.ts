import { isBusy } from '../busy';
import type { Clock } from './clock';

/** Wall and monotonic time apart by more than this between two reads: the clock was set. */
const JUMP_MS = 2000;

/**
 * A clock for running timers: wall time, less any jump of the device's clock (set by hand or
 * by the network) made while Lull stayed on screen.
 *
 * Why not performance.now() alone: it may stand still while a phone sleeps (MDN, "Ticking
 * during sleep"; w3c/hr-time#115) when Date.now() goes on, and a session left for hours with
 * the phone locked must count that time. So a stretch between two reads in which the page was
 * hidden is trusted to the wall clock; only while it stayed visible does a wall clock that
 * moved apart from performance.now() count as a jump, which is taken back out. (A computer
 * suspended with Lull on screen looks the same: that time is not counted.) With nothing
 * running it is plain wall time, so what is saved or written to the journal stays wall time.
 */
export function steadyClock(
  wall = () => Date.now(),
  mono = () => performance.now(),
  doc: Document | undefined = globalThis.document,
  idle = () => !isBusy(),
): Clock {
  const hidden = () => doc?.visibilityState === 'hidden';
  let offset = 0;
  let lastWall = wall();
  let lastMono = mono();
  let away = hidden();
  doc?.addEventListener('visibilitychange', () => (away ||= hidden()));
  return {
    now() {
      const at = wall();
      const ticks = mono();
      const jump = at - lastWall - (ticks - lastMono);
      if (idle()) offset = 0;
      else if (!away && Math.abs(jump) > JUMP_MS) offset -= jump;
      lastWall = at;
      lastMono = ticks;
      away = hidden();
      return at + offset;
    },
  };
}

/** The clock sessions and the sleep timer count on; the schedule and reminders keep the wall clock. */
export const timerClock = steadyClock();
