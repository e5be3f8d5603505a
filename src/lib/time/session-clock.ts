import type { Clock } from './clock';

/**
 * A running session's timing as plain data: when it started and how long it was paused.
 * Saved as is, it lets a reload (or two hours away) resume at the right moment.
 */
export interface SessionClock {
  startedAt: number;
  /** When it was paused, or null while running. */
  pausedAt: number | null;
  /** All paused time so far, not counting a pause in progress. */
  pausedMs: number;
  /** Moves from skip and back: added to the elapsed time. */
  shiftMs: number;
  /**
   * Wall time the clock left out when this was saved (a jump of the device's clock): the
   * times above are that much behind the wall clock, and a reload counts them so.
   */
  discountMs?: number;
}

/** A session clock started now. */
export function startSession(clock: Clock): SessionClock {
  return { startedAt: clock.now(), pausedAt: null, pausedMs: 0, shiftMs: 0 };
}

/** Time the session has run, excluding pauses. Never negative, even if the clock went back. */
export function elapsedMs(session: SessionClock, clock: Clock): number {
  const until = session.pausedAt ?? clock.now();
  return Math.max(0, until - session.startedAt - session.pausedMs + session.shiftMs);
}

/** The session paused now (no change if it already is). */
export function pauseSession(session: SessionClock, clock: Clock): SessionClock {
  return session.pausedAt === null ? { ...session, pausedAt: clock.now() } : session;
}

/** The session running again from where it paused. */
export function resumeSession(session: SessionClock, clock: Clock): SessionClock {
  if (session.pausedAt === null) return session;
  const paused = Math.max(0, clock.now() - session.pausedAt);
  return { ...session, pausedAt: null, pausedMs: session.pausedMs + paused };
}

/** The session moved so that its elapsed time is `targetMs` now (skip, back). */
export function seekSession(session: SessionClock, clock: Clock, targetMs: number): SessionClock {
  const shift = targetMs - elapsedMs(session, clock);
  return { ...session, shiftMs: session.shiftMs + shift };
}

/** The session as it is saved: with what the clock leaves out now. */
export function toSavedSession(session: SessionClock, clock: Clock): SessionClock {
  return { ...session, discountMs: clock.discountMs?.() ?? 0 };
}

/**
 * A saved session counted on `clock` as it is now: its times move by as much as what the clock
 * leaves out changed since it was saved (after a reload, a jump still in force is left out).
 */
export function onClockNow(session: SessionClock, clock: Clock): SessionClock {
  const discountMs = clock.discountMs?.() ?? 0;
  const by = (session.discountMs ?? 0) - discountMs;
  if (by === 0) return session;
  const pausedAt = session.pausedAt === null ? null : session.pausedAt + by;
  return { ...session, startedAt: session.startedAt + by, pausedAt, discountMs };
}

/** Checks saved session timing; undefined when it is not valid. */
export function parseSessionClock(raw: unknown): SessionClock | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { startedAt, pausedAt, pausedMs, shiftMs, discountMs } = raw as Record<string, unknown>;
  const finite = (value: unknown): value is number =>
    typeof value === 'number' && Number.isFinite(value);
  if (!finite(startedAt) || !finite(pausedMs) || !finite(shiftMs) || pausedMs < 0) return undefined;
  if (pausedAt !== null && !finite(pausedAt)) return undefined;
  const timing = { startedAt, pausedAt, pausedMs, shiftMs };
  return finite(discountMs) ? { ...timing, discountMs } : timing;
}
