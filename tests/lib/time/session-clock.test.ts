import { afterEach, beforeEach, describe, it, expect, vi } from 'vitest';
import { systemClock } from '../../../src/lib/time/clock';
import {
  elapsedMs,
  parseSessionClock,
  pauseSession,
  resumeSession,
  seekSession,
  startSession,
  type SessionClock,
} from '../../../src/lib/time/session-clock';

const clock = systemClock;
const start = new Date('2026-11-22T21:30:00Z').getTime();

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});
afterEach(() => vi.useRealTimers());

describe('session clock', () => {
  it('counts the time since the start', () => {
    const session = startSession(clock);
    expect(session).toEqual({ startedAt: start, pausedAt: null, pausedMs: 0, shiftMs: 0 });
    vi.advanceTimersByTime(5000);
    expect(elapsedMs(session, clock)).toBe(5000);
  });

  it('stands still while paused and goes on from there', () => {
    let session = startSession(clock);
    vi.advanceTimersByTime(5000);
    session = pauseSession(session, clock);
    vi.advanceTimersByTime(60_000);
    expect(elapsedMs(session, clock)).toBe(5000);
    session = resumeSession(session, clock);
    expect(elapsedMs(session, clock)).toBe(5000);
    vi.advanceTimersByTime(2000);
    expect(elapsedMs(session, clock)).toBe(7000);
    vi.advanceTimersByTime(1000);
    session = resumeSession(pauseSession(session, clock), clock);
    expect(session.pausedMs).toBe(60_000);
  });

  it('ignores a second pause and a resume while running', () => {
    const running = startSession(clock);
    expect(resumeSession(running, clock)).toBe(running);
    vi.advanceTimersByTime(1000);
    const paused = pauseSession(running, clock);
    vi.advanceTimersByTime(1000);
    expect(pauseSession(paused, clock)).toBe(paused);
    expect(elapsedMs(paused, clock)).toBe(1000);
  });

  it('seeks forward and back, running or paused', () => {
    let session = startSession(clock);
    vi.advanceTimersByTime(10_000);
    session = seekSession(session, clock, 60_000);
    expect(elapsedMs(session, clock)).toBe(60_000);
    vi.advanceTimersByTime(1000);
    expect(elapsedMs(session, clock)).toBe(61_000);
    session = seekSession(session, clock, 4000);
    expect(elapsedMs(session, clock)).toBe(4000);

    session = pauseSession(session, clock);
    session = seekSession(session, clock, 30_000);
    vi.advanceTimersByTime(9000);
    expect(elapsedMs(session, clock)).toBe(30_000);
    session = resumeSession(session, clock);
    vi.advanceTimersByTime(500);
    expect(elapsedMs(session, clock)).toBe(30_500);
  });

  it('never gives negative time when the clock goes back', () => {
    const session = startSession(clock);
    vi.setSystemTime(start - 3_600_000);
    expect(elapsedMs(session, clock)).toBe(0);

    vi.setSystemTime(start + 10_000);
    const paused = pauseSession(session, clock);
    vi.setSystemTime(start);
    const resumed = resumeSession(paused, clock);
    expect(resumed.pausedMs).toBe(0);
    expect(elapsedMs(resumed, clock)).toBe(0);
    vi.setSystemTime(start + 20_000);
    expect(elapsedMs(resumed, clock)).toBe(20_000);
  });

  it('resumes after a reload from its saved form', () => {
    let session = startSession(clock);
    vi.advanceTimersByTime(3000);
    session = pauseSession(session, clock);
    const saved = JSON.parse(JSON.stringify(session));
    vi.advanceTimersByTime(7_200_000);
    const restored = parseSessionClock(saved) as SessionClock;
    expect(elapsedMs(restored, clock)).toBe(3000);
    vi.advanceTimersByTime(1000);
    expect(elapsedMs(resumeSession(restored, clock), clock)).toBe(3000);
  });
});

describe('parseSessionClock', () => {
  const valid = { startedAt: start, pausedAt: null, pausedMs: 0, shiftMs: -500 };

  it('accepts valid data, keeping only its fields', () => {
    expect(parseSessionClock({ ...valid, extra: 'x' })).toEqual(valid);
    expect(parseSessionClock({ ...valid, pausedAt: start + 10 })).toEqual({
      ...valid,
      pausedAt: start + 10,
    });
  });

  it('rejects anything else', () => {
    const bad = [
      null,
      'session',
      [],
      {},
      { ...valid, startedAt: '2026-11-22' },
      { ...valid, startedAt: NaN },
      { ...valid, pausedMs: -1 },
      { ...valid, pausedMs: Infinity },
      { ...valid, shiftMs: undefined },
      { ...valid, pausedAt: undefined },
      { ...valid, pausedAt: 'now' },
    ];
    for (const raw of bad) expect(parseSessionClock(raw), JSON.stringify(raw)).toBeUndefined();
  });
});
