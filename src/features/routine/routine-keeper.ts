import { batch } from '@preact/signals';
import type { Clock } from '../../lib/time/clock';
import { elapsedMs } from '../../lib/time/session-clock';
import type { RoutineSlot } from './routine-deps';
import type { RoutineGuides } from './routine-guides';
import { stepLengthMs } from './routine-plan';
import type { RunningRoutine } from './routine-session';
import type { RoutineState, RoutineStatus } from './routine-state';

/**
 * What is shown and saved of the routine: its status (the screen kept awake while it runs),
 * each change shown at once, saved for a reload and seen now, and a habit's minutes left. It
 * needs where the routine is saved, the screen held awake, an alarm, and the steps' lengths.
 */
export function createRoutineKeeper(
  state: RoutineState,
  clock: Clock,
  slot: RoutineSlot,
  awake: () => () => void,
  setAlarm: (callback: () => void, ms: number) => () => void,
  guides: RoutineGuides,
) {
  const { status, current, now } = state;
  let releaseAwake: (() => void) | null = null;
  let cancelTick = () => {};

  function setStatus(next: RoutineStatus) {
    status.value = next;
    releaseAwake?.();
    releaseAwake = next === 'running' ? awake() : null;
  }

  /** Keeps a changed routine: shown at once, saved for a reload, and (unless away) seen now. */
  function keep(next: RunningRoutine) {
    const kept = status.peek() === 'away' ? next : { ...next, seenAt: clock.now() };
    batch(() => {
      current.value = kept;
      now.value = clock.now();
    });
    void slot.save(kept);
    tick();
  }

  /** While a habit runs, wakes when its minutes left change (time left is shown in minutes). */
  function tick() {
    cancelTick();
    const running = current.peek();
    if (!running || status.peek() !== 'running') return;
    const step = running.steps[running.index];
    if (step.kind !== 'habit') return;
    const left = stepLengthMs(step, guides) - elapsedMs(running.step, clock);
    if (left <= 0) return;
    cancelTick = setAlarm(
      () => {
        now.value = clock.now();
        tick();
      },
      left % 60_000 || 60_000,
    );
  }

  return {
    /** Sets the status; the screen stays awake only while the routine runs. */
    setStatus,
    keep,
    tick,
    /** Stops waiting for a habit's next minute (the routine ends); keeping starts it anew. */
    stopTick: () => cancelTick(),
    /** Stops waiting for a habit's minute and lets the screen sleep. */
    dispose() {
      cancelTick();
      releaseAwake?.();
    },
  };
}

/** The routine keeper's interface. */
export type RoutineKeeper = ReturnType<typeof createRoutineKeeper>;
