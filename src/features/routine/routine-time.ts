import { computed, type ReadonlySignal } from '@preact/signals';
import { elapsedMs } from '../../lib/time/session-clock';
import type { Opened } from '../../lib/hosted-session';
import type { RoutineGuides } from './routine-guides';
import { routineLengthMs, stepLengthMs, timeLeftMs } from './routine-plan';
import type { RunningRoutine } from './routine-session';

/**
 * The routine's time as shown: what is left of the step (a hosted session's own count, else a
 * habit's estimate less the time on it), of the whole routine, and how far through it is.
 * `now` moves when the routine looks at the clock; hosted sessions tick on their own.
 */
export function routineTime<V>(
  current: ReadonlySignal<RunningRoutine | null>,
  hosted: ReadonlySignal<Opened<V> | null>,
  guides: RoutineGuides,
  now: ReadonlySignal<number>,
) {
  const stepLeftMs = computed(() => {
    const routine = current.value;
    if (!routine) return 0;
    const step = routine.steps[routine.index];
    const opened = hosted.value;
    if (opened && routine.begun) return opened.session.remainingMs.value;
    const length = stepLengthMs(step, guides);
    if (step.kind !== 'habit') return length;
    return length - elapsedMs(routine.step, { now: () => now.value });
  });
  const totalMs = computed(() => {
    const routine = current.value;
    return routine ? routineLengthMs(routine.steps, guides) : 0;
  });
  const leftMs = computed(() => {
    const routine = current.value;
    if (!routine) return 0;
    return timeLeftMs(routine.steps, routine.index, stepLeftMs.value, guides);
  });
  return {
    /** What is left of the current step, in ms (below 0 once a habit overruns its estimate). */
    stepLeftMs,
    totalMs,
    leftMs,
    /** How far through the routine, 0 to 1, by time. */
    progress: computed(() =>
      totalMs.value > 0 ? Math.min(1, Math.max(0, 1 - leftMs.value / totalMs.value)) : 0,
    ),
  };
}
