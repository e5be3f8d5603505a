import type { Clock } from '../../lib/time/clock';
import { pauseSession, resumeSession } from '../../lib/time/session-clock';
import { watchPresence } from './presence';
import type { RoutineKeeper } from './routine-keeper';
import { pausedAt } from './routine-session';
import { isUnderWay, type RoutineState } from './routine-state';

/** Away this long (the app closed or hidden), the person is told where they are on return. */
export const AWAY_MS = 60 * 60_000;

/**
 * Pausing and being away: the time on a step held or freed, the person followed while a
 * routine runs, and everything held at the moment they left when they come back long after.
 * Beyond its state and keeper it needs the clock, the page, and `pauseHosted`, which pauses
 * the hosted session shown if it runs.
 */
export function createRoutineAway(
  state: RoutineState,
  keeper: RoutineKeeper,
  clock: Clock,
  doc: Document | undefined,
  pauseHosted: () => void,
) {
  const { status, current, now } = state;
  let stopWatching = () => {};

  /** Holds or frees the time on the step, following a pause made in the hosted session. */
  function holdStep(hold: boolean) {
    const running = current.peek();
    if (!running) return;
    keeper.setStatus(hold ? 'paused' : 'running');
    const step = hold ? pauseSession(running.step, clock) : resumeSession(running.step, clock);
    keeper.keep({ ...running, step });
  }

  /** Back after long away: everything held at the moment they left, and they are told. */
  function goAway(since: number) {
    const running = current.peek();
    if (!running) return;
    // Away, keeping it waits for no habit's minute: the routine does not run.
    keeper.setStatus('away');
    pauseHosted();
    // Still seen last then: a reload now tells them the same.
    keeper.keep({ ...running, step: pausedAt(running.step, since), seenAt: since });
  }

  /** Follows the person while a routine runs: seen when they leave, told where they are when back. */
  function watch(on: boolean) {
    stopWatching();
    stopWatching = () => {};
    if (!on) return;
    stopWatching = watchPresence(doc, clock, {
      left() {
        const running = current.peek();
        if (running && status.peek() !== 'away') keeper.keep(running);
      },
      back(since) {
        now.value = clock.now();
        if (since !== null && isUnderWay(status) && clock.now() - since >= AWAY_MS) goAway(since);
        else keeper.tick();
      },
    });
  }

  return { holdStep, watch };
}

/** Pausing and being away's interface. */
export type RoutineAway = ReturnType<typeof createRoutineAway>;
