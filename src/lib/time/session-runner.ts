import type { Clock } from './clock';
import { timerClock } from './steady-clock';
import {
  elapsedMs,
  pauseSession,
  resumeSession,
  seekSession,
  startSession,
  type SessionClock,
} from './session-clock';
import type { Position, Segment, Timeline } from './timeline';

/** A moment in a session when something is said or played: a phase change, "5 s left". */
export interface CuePoint<C> {
  atMs: number;
  cue: C;
}

/** The next cue and how far ahead it is, so a sound can be scheduled to the exact moment. */
export interface UpcomingCue<C> {
  cue: C;
  index: number;
  inMs: number;
}

/** What a runner tells the feature that owns it. */
export interface RunnerHooks<S extends Segment, C> {
  /**
   * Where the session is: whenever a shown second changes while visible and running, at every
   * cue, after every action and when the page is visible again.
   */
  onTick?(position: Position<S>): void;
  /** A cue point was reached. `lateMs` is large when it passed while hidden or before a reload. */
  onCue?(cue: C, lateMs: number, index: number): void;
  /** The next cue point (after each cue, start, resume and seek), or null when none is due. */
  onUpcoming?(next: UpcomingCue<C> | null): void;
  /** The session reached its end by itself or by a seek past the last segment. */
  onEnd?(position: Position<S>): void;
  /** The session's timing changed: save it so a reload can resume. */
  onSave?(session: SessionClock): void;
}

/** How to build a runner: the timeline, its cue points (sorted by time) and injected time. */
export interface RunnerOptions<S extends Segment, C> extends RunnerHooks<S, C> {
  timeline: Timeline<S>;
  cues?: readonly CuePoint<C>[];
  clock?: Clock;
  /** A saved session to resume; a new one starts now when absent. */
  session?: SessionClock;
  /** Schedules the next wake-up; injectable so tests decide when it fires. */
  setAlarm?: (callback: () => void, ms: number) => () => void;
  /** The page whose visibility decides between per-second wake-ups and cue-only ones. */
  doc?: Document;
}

const defaultAlarm = (callback: () => void, ms: number) => {
  const id = setTimeout(callback, ms);
  return () => clearTimeout(id);
};

/** How far `remainingMs` is from its next whole second: when a count-down display changes. */
const toNextSecond = (remainingMs: number) => remainingMs % 1000 || 1000;

/**
 * Runs a timed session on a timeline: start, pause, resume, seek and stop over a saved
 * SessionClock. What is shown and which cue is due are computed from the clock on every check,
 * never counted, so a hidden, throttled or reloaded page is right as soon as it looks again.
 *
 * Checks come from one alarm set for the next moment anything changes: a cue, a segment's end,
 * or (while visible) a count-down's next whole second; and at once when the page is visible
 * again. No per-frame loop: a running session costs the main thread a wake-up a second, and
 * moving things are drawn by the compositor (see the breathing guide).
 */
export function createSessionRunner<S extends Segment, C = never>(options: RunnerOptions<S, C>) {
  const { timeline, cues = [], clock = timerClock } = options;
  const { setAlarm = defaultAlarm, doc = globalThis.document } = options;
  let session = options.session ?? startSession(clock);
  let ended = false;
  let watching = false;
  let cancelAlarm = () => {};

  const now = () => elapsedMs(session, clock);
  const isPaused = () => session.pausedAt !== null;
  // The first cue not given yet. At the start (or on resume after a reload) it is the cue in
  // force now, so the current phase is announced once, late if need be.
  let nextCue = Math.max(0, firstCueAfter(now()) - 1);

  function firstCueAfter(ms: number): number {
    const index = cues.findIndex((point) => point.atMs > ms);
    return index === -1 ? cues.length : index;
  }

  function firstCueFrom(ms: number): number {
    const index = cues.findIndex((point) => point.atMs >= ms);
    return index === -1 ? cues.length : index;
  }

  function announceUpcoming(elapsed: number) {
    if (ended || isPaused() || nextCue >= cues.length) return options.onUpcoming?.(null);
    const point = cues[nextCue];
    options.onUpcoming?.({ cue: point.cue, index: nextCue, inMs: point.atMs - elapsed });
  }

  function armAlarm(elapsed: number, position: Position<S>) {
    let wait = Math.min(cues[nextCue]?.atMs ?? Infinity, timeline.totalMs) - elapsed;
    wait = Math.min(wait, position.remainingInSegmentMs);
    // Hidden: only cues matter (they sound); nothing needs drawing until the page is back.
    if (doc?.visibilityState !== 'hidden')
      wait = Math.min(
        wait,
        toNextSecond(position.remainingInSegmentMs),
        toNextSecond(position.remainingMs),
      );
    cancelAlarm();
    cancelAlarm = setAlarm(check, Math.max(0, wait));
  }

  const onVisibility = () => {
    if (doc?.visibilityState === 'visible') check();
  };

  function watch(on: boolean) {
    if (on === watching) return;
    watching = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    // `resume`: a frozen page (Chrome's Page Lifecycle) runs again.
    doc?.[method]('visibilitychange', onVisibility);
    doc?.[method]('resume', onVisibility);
  }

  function quiet() {
    watch(false);
    cancelAlarm();
  }

  function check() {
    if (ended) return;
    const elapsed = now();
    const position = timeline.at(elapsed);
    // Only the latest cue reached is given: a page back from hidden gets no burst of stale cues.
    let reached = -1;
    if (!isPaused())
      while (nextCue < cues.length && cues[nextCue].atMs <= elapsed) reached = nextCue++;
    options.onTick?.(position);
    if (reached >= 0) {
      options.onCue?.(cues[reached].cue, elapsed - cues[reached].atMs, reached);
      announceUpcoming(elapsed);
    }
    if (position.done) {
      ended = true;
      quiet();
      options.onUpcoming?.(null);
      options.onEnd?.(position);
    } else if (!isPaused()) armAlarm(elapsed, position);
  }

  return {
    timeline,
    session: () => session,
    elapsedMs: now,
    position: () => timeline.at(now()),
    paused: isPaused,
    ended: () => ended,
    /** Starts watching the clock: gives the cue in force now, then each one as time passes. */
    run() {
      if (ended) return;
      options.onSave?.(session);
      if (!isPaused()) watch(true);
      announceUpcoming(now());
      check();
    },
    pause() {
      if (ended || isPaused()) return;
      session = pauseSession(session, clock);
      quiet();
      options.onSave?.(session);
      options.onUpcoming?.(null);
      check();
    },
    resume() {
      if (ended || !isPaused()) return;
      session = resumeSession(session, clock);
      options.onSave?.(session);
      watch(true);
      announceUpcoming(now());
      check();
    },
    /** Moves to `targetMs` into the session (skip, back); a cue at exactly that time is given. */
    seek(targetMs: number) {
      if (ended) return;
      const target = Math.max(0, Math.min(targetMs, timeline.totalMs));
      session = seekSession(session, clock, target);
      nextCue = firstCueFrom(target);
      cancelAlarm();
      options.onSave?.(session);
      announceUpcoming(target);
      check();
    },
    /** Checks the clock now (a visibility change, a test). */
    check,
    /** Ends the session early: nothing more is reported. */
    stop() {
      ended = true;
      quiet();
      options.onUpcoming?.(null);
    },
  };
}

/** A running session's interface. */
export type SessionRunner<S extends Segment, C> = ReturnType<typeof createSessionRunner<S, C>>;
