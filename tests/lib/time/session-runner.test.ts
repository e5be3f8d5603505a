import { describe, expect, it, vi } from 'vitest';
import { createSessionRunner, type CuePoint } from '../../../src/lib/time/session-runner';
import { createTimeline, type Segment } from '../../../src/lib/time/timeline';
import type { SessionClock } from '../../../src/lib/time/session-clock';

interface Named extends Segment {
  name: string;
}

const timeline = createTimeline<Named>([
  { name: 'a', durationMs: 4000 },
  { name: 'b', durationMs: 7000 },
  { name: 'c', durationMs: 8000 },
]);
const cues: CuePoint<string>[] = [
  { atMs: 0, cue: 'a' },
  { atMs: 4000, cue: 'b' },
  { atMs: 11_000, cue: 'c' },
  { atMs: 16_000, cue: 'c-soon' },
  { atMs: 19_000, cue: 'end' },
];

/** A runner on a hand-moved clock, with alarms that only run when told. */
function setup(session?: SessionClock) {
  let now = 1_000_000;
  const clock = { now: () => now };
  const alarms: { ms: number; callback: () => void; cancelled: boolean }[] = [];
  const given: [string, number][] = [];
  const upcoming: (string | null)[] = [];
  const saved: SessionClock[] = [];
  const onEnd = vi.fn();
  const runner = createSessionRunner<Named, string>({
    timeline,
    cues,
    clock,
    session,
    setAlarm: (callback, ms) => {
      const alarm = { ms, callback, cancelled: false };
      alarms.push(alarm);
      return () => (alarm.cancelled = true);
    },
    onCue: (cue, lateMs) => given.push([cue, lateMs]),
    onUpcoming: (next) => upcoming.push(next ? `${next.cue}@${next.inMs}` : null),
    onSave: (value) => saved.push(value),
    onEnd,
  });
  const advance = (ms: number) => {
    now += ms;
    runner.check();
  };
  const liveAlarms = () => alarms.filter((alarm) => !alarm.cancelled);
  const liveAlarm = () => liveAlarms().at(-1);
  return { runner, advance, given, upcoming, saved, onEnd, liveAlarm, liveAlarms, clock };
}

describe('session runner', () => {
  it('gives each cue once, on time, and ends', () => {
    const { runner, advance, given, onEnd, liveAlarm, upcoming } = setup();
    runner.run();
    expect(liveAlarm()?.ms).toBe(1000);
    expect(given).toEqual([['a', 0]]);
    expect(upcoming.at(-1)).toBe('b@4000');
    advance(3999);
    expect(given).toHaveLength(1);
    expect(runner.position().segment.name).toBe('a');
    advance(1);
    expect(given.at(-1)).toEqual(['b', 0]);
    advance(7016);
    expect(given.at(-1)).toEqual(['c', 16]);
    expect(upcoming.at(-1)).toBe('c-soon@4984');
    advance(4984);
    expect(given.at(-1)).toEqual(['c-soon', 0]);
    advance(3000);
    expect(given.map(([cue]) => cue)).toEqual(['a', 'b', 'c', 'c-soon', 'end']);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(liveAlarm()).toBeUndefined();
    expect(runner.ended()).toBe(true);
    advance(5000);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('after a long hidden spell gives only the latest cue, marked late', () => {
    const { runner, advance, given } = setup();
    runner.run();
    advance(12_500);
    expect(given).toEqual([
      ['a', 0],
      ['c', 1500],
    ]);
    expect(runner.position().segment.name).toBe('c');
  });

  it('wakes when a shown second changes while visible, only for cues while hidden', () => {
    let visibility: DocumentVisibilityState = 'visible';
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => visibility,
    });
    try {
      const { runner, liveAlarm, liveAlarms, given, clock } = setup();
      const moveTo = (elapsed: number) =>
        ((clock as { now: () => number }).now = (
          (base) => () =>
            base + elapsed
        )(clock.now()));
      runner.run();
      expect(liveAlarm()?.ms).toBe(1000);
      moveTo(1250);
      runner.check();
      expect(liveAlarm()?.ms).toBe(750);
      expect(liveAlarms()).toHaveLength(1);
      visibility = 'hidden';
      runner.check();
      expect(liveAlarm()?.ms).toBe(4000 - 1250);
      // The alarm fires late, as throttled timers in hidden pages do.
      moveTo(900 + 4000 - 1250);
      liveAlarm()?.callback();
      expect(given.at(-1)).toEqual(['b', 900]);
      expect(liveAlarm()?.ms).toBe(11_000 - 4900);
      // Visible again: checked at once, per-second wake-ups again.
      moveTo(3000);
      visibility = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      expect(runner.position().elapsedMs).toBe(7900);
      expect(liveAlarm()?.ms).toBe(100);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('pause and resume: paused time does not count', () => {
    const { runner, advance, given, saved, upcoming, liveAlarm } = setup();
    runner.run();
    advance(3000);
    runner.pause();
    expect(runner.paused()).toBe(true);
    expect(liveAlarm()).toBeUndefined();
    expect(upcoming.at(-1)).toBeNull();
    expect(saved.at(-1)?.pausedAt).not.toBeNull();
    advance(60_000);
    expect(runner.elapsedMs()).toBe(3000);
    expect(given).toHaveLength(1);
    runner.resume();
    expect(liveAlarm()?.ms).toBe(1000);
    expect(saved.at(-1)).toMatchObject({ pausedAt: null, pausedMs: 60_000 });
    expect(upcoming.at(-1)).toBe('b@1000');
    advance(999);
    expect(given).toHaveLength(1);
    advance(1);
    expect(given.at(-1)).toEqual(['b', 0]);
    expect(runner.elapsedMs()).toBe(4000);
  });

  it('seek gives the cue at the target, and skipping past the end ends', () => {
    const { runner, advance, given, onEnd } = setup();
    runner.run();
    advance(1000);
    runner.seek(11_000);
    expect(given.at(-1)).toEqual(['c', 0]);
    expect(runner.elapsedMs()).toBe(11_000);
    runner.seek(4000);
    expect(given.at(-1)).toEqual(['b', 0]);
    advance(500);
    expect(runner.position()).toMatchObject({ elapsedInSegmentMs: 500, index: 1 });
    runner.seek(50_000);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('a seek while paused waits for resume to give its cue', () => {
    const { runner, advance, given } = setup();
    runner.run();
    runner.pause();
    runner.seek(4000);
    expect(given).toEqual([['a', 0]]);
    advance(10_000);
    runner.resume();
    expect(given.at(-1)).toEqual(['b', 0]);
  });

  it('resumes a saved session where its clock says, announcing the cue in force late', () => {
    const first = setup();
    first.runner.run();
    first.advance(5000);
    const session = first.saved.at(-1) as SessionClock;
    // A reload 2.5 s later: a new runner from the saved timing.
    const second = setup(session);
    const now = first.clock.now() + 2500;
    (second.clock as { now: () => number }).now = () => now;
    second.runner.run();
    expect(second.runner.elapsedMs()).toBe(7500);
    expect(second.given).toEqual([['b', 3500]]);
    expect(second.runner.position().segment.name).toBe('b');
  });

  it('stop ends quietly', () => {
    const { runner, advance, given, onEnd, liveAlarm } = setup();
    runner.run();
    runner.stop();
    advance(30_000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(given).toHaveLength(1);
    expect(onEnd).not.toHaveBeenCalled();
    expect(liveAlarm()).toBeUndefined();
  });
});
