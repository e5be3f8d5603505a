import { describe, expect, it } from 'vitest';
import { createSessionRunner } from '../../../src/lib/time/session-runner';
import { judgeGap, steadyClock } from '../../../src/lib/time/steady-clock';
import { createTimeline } from '../../../src/lib/time/timeline';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A computer with Lull's window on screen: its wall clock, its monotonic clock, and which
 * window has the focus. Suspended, the wall clock goes on and nothing else moves: not
 * performance.now(), not the page's timers, and no visibilitychange.
 */
function computer() {
  let wall = Date.parse('2026-11-23T22:30:00+01:00');
  let ticks = 5000;
  let inFront = true;
  const view = new EventTarget();
  const page = Object.assign(new EventTarget(), {
    visibilityState: 'visible',
    defaultView: view,
    hasFocus: () => inFront,
  });
  const clock = steadyClock(
    () => wall,
    () => ticks,
    page as unknown as Document,
    () => false,
  );
  const runner = createSessionRunner({
    timeline: createTimeline([{ durationMs: 10 * MINUTE }]),
    clock,
    setAlarm: () => () => {},
  });
  runner.run();
  return {
    runner,
    pass(ms: number) {
      wall += ms;
      ticks += ms;
      runner.check();
    },
    /** The lid closed for `ms`, then opened: the first timer after it looks at the clock. */
    suspend(ms: number) {
      wall += ms;
      runner.check();
    },
    /** The person goes to another window and sets the clock there, then comes back. */
    setClockElsewhere(ms: number) {
      inFront = false;
      view.dispatchEvent(new Event('blur'));
      wall += ms;
      this.pass(1000);
      inFront = true;
    },
  };
}

describe('steady clock on a computer that sleeps', () => {
  it('a 10-minute session suspended with Lull in front for an hour has ended on waking', () => {
    const laptop = computer();
    laptop.pass(2 * MINUTE);
    laptop.suspend(HOUR);
    expect(laptop.runner.ended()).toBe(true);
  });

  it('a short suspend counts the time it slept', () => {
    const laptop = computer();
    laptop.pass(MINUTE);
    laptop.suspend(3 * MINUTE);
    expect(laptop.runner.position().elapsedMs).toBe(4 * MINUTE);
  });

  it('a clock set forward in another window is still left out', () => {
    const laptop = computer();
    laptop.pass(MINUTE);
    laptop.setClockElsewhere(HOUR);
    expect(laptop.runner.ended()).toBe(false);
    expect(laptop.runner.position().elapsedMs).toBe(MINUTE + 1000);
    // Back in front, a suspend counts again.
    laptop.suspend(2 * MINUTE);
    expect(laptop.runner.position().elapsedMs).toBe(3 * MINUTE + 1000);
  });
});

describe('judgeGap', () => {
  it('the clock going back is a jump, even with the page hidden', () => {
    expect(judgeGap(-HOUR, 0, true, false)).toBe(-HOUR);
  });

  it('forward after a jump back is that jump undone, up to its size', () => {
    expect(judgeGap(HOUR, -HOUR, true, false)).toBe(HOUR);
    expect(judgeGap(2 * HOUR, -HOUR, false, false)).toBe(HOUR);
  });

  it('forward: a jump only while another window had the focus and the page stayed shown', () => {
    expect(judgeGap(HOUR, 0, false, true)).toBe(HOUR);
    expect(judgeGap(HOUR, 0, true, true)).toBe(0);
    expect(judgeGap(HOUR, 0, false, false)).toBe(0);
    expect(judgeGap(1500, 0, false, true)).toBe(0);
  });
});
