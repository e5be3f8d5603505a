import { describe, expect, it } from 'vitest';
import { createSessionRunner } from '../../../src/lib/time/session-runner';
import { steadyClock } from '../../../src/lib/time/steady-clock';
import { createTimeline } from '../../../src/lib/time/timeline';

const SECOND = 1000;
const HOUR = 3_600_000;

/**
 * A device: its wall clock (Date.now), its monotonic clock (performance.now) and a page that
 * can be hidden. Time passing moves both clocks; setting the clock moves only the wall one; a
 * phone's deep sleep moves only the wall one too, but with the page hidden.
 */
function device() {
  let wall = Date.parse('2026-11-23T22:30:00+01:00');
  let ticks = 5000;
  const page = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
  page.visibilityState = 'visible';
  const busy = { running: true };
  const clock = steadyClock(
    () => wall,
    () => ticks,
    page as unknown as Document,
    () => !busy.running,
  );
  return {
    clock,
    busy,
    /** Time passes, as both clocks agree. */
    pass(ms: number) {
      wall += ms;
      ticks += ms;
    },
    /** The clock is set (by hand, or by the network) by `ms`. */
    setClock: (ms: number) => void (wall += ms),
    /** Deep sleep: the wall clock goes on, performance.now() does not. */
    sleep: (ms: number) => void (wall += ms),
    show(visible: boolean) {
      page.visibilityState = visible ? 'visible' : 'hidden';
      page.dispatchEvent(new Event('visibilitychange'));
    },
    wall: () => wall,
  };
}

/** A one-minute session on the device's steady clock; it is checked by hand. */
function minuteSession(clock: ReturnType<typeof device>['clock']) {
  const runner = createSessionRunner({
    timeline: createTimeline([{ durationMs: 60 * SECOND }]),
    clock,
    setAlarm: () => () => {},
  });
  runner.run();
  return runner;
}

describe('steady clock', () => {
  it('reads the wall clock while nothing jumps', () => {
    const phone = device();
    expect(phone.clock.now()).toBe(phone.wall());
    phone.pass(90 * SECOND);
    expect(phone.clock.now()).toBe(phone.wall());
  });

  it('a running session keeps its time when the clock is set an hour forward', () => {
    const phone = device();
    const runner = minuteSession(phone.clock);
    phone.pass(10 * SECOND);
    runner.check();
    phone.setClock(HOUR);
    phone.pass(SECOND);
    runner.check();
    expect(runner.ended()).toBe(false);
    expect(runner.position().remainingMs).toBe(49 * SECOND);
    phone.pass(49 * SECOND);
    runner.check();
    expect(runner.ended()).toBe(true);
  });

  it('a running session does not stall when the clock is set an hour back', () => {
    const phone = device();
    const runner = minuteSession(phone.clock);
    phone.pass(10 * SECOND);
    runner.check();
    phone.setClock(-HOUR);
    phone.pass(SECOND);
    runner.check();
    expect(runner.position().remainingMs).toBe(49 * SECOND);
    phone.pass(20 * SECOND);
    runner.check();
    expect(runner.position().remainingMs).toBe(29 * SECOND);
  });

  it('a jump is noticed at the next look, however long after', () => {
    const phone = device();
    const runner = minuteSession(phone.clock);
    phone.pass(5 * SECOND);
    phone.setClock(-HOUR);
    phone.pass(20 * SECOND);
    runner.check();
    expect(runner.position().elapsedMs).toBe(25 * SECOND);
  });

  it('time away while hidden counts, even when performance.now() slept through it', () => {
    const phone = device();
    const runner = createSessionRunner({
      timeline: createTimeline([{ durationMs: 3 * HOUR }]),
      clock: phone.clock,
      setAlarm: () => () => {},
    });
    runner.run();
    phone.pass(10 * SECOND);
    runner.check();
    phone.show(false);
    phone.pass(30 * SECOND);
    phone.sleep(2 * HOUR);
    phone.show(true);
    runner.check();
    expect(runner.position().elapsedMs).toBe(2 * HOUR + 40 * SECOND);
  });

  it('a look while hidden trusts the wall clock too (a timer that fired in the background)', () => {
    const phone = device();
    phone.clock.now();
    phone.show(false);
    phone.sleep(HOUR);
    expect(phone.clock.now()).toBe(phone.wall());
    phone.sleep(HOUR);
    phone.show(true);
    expect(phone.clock.now()).toBe(phone.wall());
  });

  it('a pause across a jump lasts as long as it really did', () => {
    const phone = device();
    const runner = minuteSession(phone.clock);
    phone.pass(10 * SECOND);
    runner.pause();
    phone.pass(5 * SECOND);
    phone.setClock(-HOUR);
    phone.pass(5 * SECOND);
    runner.resume();
    expect(runner.position().elapsedMs).toBe(10 * SECOND);
    phone.pass(SECOND);
    runner.check();
    expect(runner.position().remainingMs).toBe(49 * SECOND);
  });

  it('small differences (the network nudging the clock) are real time, not a jump', () => {
    const phone = device();
    const start = phone.clock.now();
    phone.pass(60 * SECOND);
    phone.setClock(1500);
    expect(phone.clock.now() - start).toBe(61_500);
  });

  it('with nothing running it is the wall clock again, so what is saved stays wall time', () => {
    const phone = device();
    phone.clock.now();
    phone.setClock(HOUR);
    phone.pass(SECOND);
    expect(phone.clock.now()).toBe(phone.wall() - HOUR);
    phone.busy.running = false;
    expect(phone.clock.now()).toBe(phone.wall());
    phone.busy.running = true;
    phone.pass(SECOND);
    expect(phone.clock.now()).toBe(phone.wall());
  });
});
