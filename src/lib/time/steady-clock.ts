import { isBusy } from '../busy';
import type { Clock } from './clock';

/** Wall and monotonic time apart by more than this between two reads: the clock was set. */
const JUMP_MS = 2000;

/**
 * A clock for running timers: wall time, less any jump of the device's clock (set by hand or
 * by the network) seen while a timer runs. `discountMs` is what it leaves out now.
 *
 * Why not performance.now() alone: it stands still while a device sleeps (MDN, "Ticking during
 * sleep"; w3c/hr-time#115) when Date.now() goes on, and a session or sleep timer must count
 * that time. Between two reads the page cannot tell a sleep from a clock set forward: either
 * way Date.now() moved and performance.now() and the page's timers did not. So the clock
 * judges by where the person was (see `judgeGap`).
 */
export function steadyClock(
  wall = () => Date.now(),
  mono = () => performance.now(),
  doc: Document | undefined = globalThis.document,
  idle = () => !isBusy(),
): Clock {
  const hidden = () => doc?.visibilityState === 'hidden';
  // Without a document that can say (tests, workers), the focus counts as elsewhere.
  const focused = () => doc?.hasFocus?.() ?? false;
  let discount = 0;
  const listeners = new Set<() => void>();
  let lastWall = wall();
  let lastMono = mono();
  let away = hidden();
  let elsewhere = !focused();
  doc?.addEventListener('visibilitychange', () => (away ||= hidden()));
  doc?.defaultView?.addEventListener('blur', () => (elsewhere = true));
  return {
    now() {
      const at = wall();
      const ticks = mono();
      const gap = at - lastWall - (ticks - lastMono);
      const before = discount;
      if (idle()) discount = 0;
      else discount += judgeGap(gap, discount, away, elsewhere);
      lastWall = at;
      lastMono = ticks;
      away = hidden();
      elsewhere = !focused();
      if (discount !== before) listeners.forEach((listener) => listener());
      return at - discount;
    },
    discountMs: () => (idle() ? 0 : discount),
    onDiscountChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * How much of `gap` (wall time that moved apart from performance.now() since the last read)
 * was a jump of the clock rather than time that passed:
 * - a small one is the network nudging the clock: real time;
 * - the clock going back is never time that passed: a jump;
 * - going forward while an earlier jump back is still left out, it is that jump undone;
 * - forward with the page hidden meanwhile: a phone asleep (a clock set by hand on a phone is
 *   set in another app, so it counts too);
 * - forward with Lull's window in front all along: a computer suspended with Lull on screen
 *   (no one could set the clock by hand without going to another window);
 * - forward while another window had the focus: a clock set there, a jump.
 */
export function judgeGap(gap: number, discount: number, away: boolean, elsewhere: boolean) {
  if (Math.abs(gap) <= JUMP_MS) return 0;
  if (gap < 0) return gap;
  if (discount < 0) return Math.min(gap, -discount);
  return away || !elsewhere ? 0 : gap;
}

/** The clock sessions and the sleep timer count on; the schedule and reminders keep the wall clock. */
export const timerClock = steadyClock();
