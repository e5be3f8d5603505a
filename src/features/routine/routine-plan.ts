import { habitMinutes } from './habits';
import type { RoutineGuides } from './routine-guides';
import type { RoutineStep } from './routine-settings';

/** How long a step takes: a habit's estimate, a session's exact length; lights out ends it. */
export function stepLengthMs(step: RoutineStep, guides: RoutineGuides): number {
  switch (step.kind) {
    case 'habit':
      return habitMinutes[step.habit] * 60_000;
    case 'breathing':
    case 'stretches':
      return guides.lengthMs(step);
    case 'sounds':
      // The sounds play on as the person falls asleep: not part of the wind-down's length.
      return 0;
  }
}

/** The whole routine's length: every step's. */
export function routineLengthMs(steps: readonly RoutineStep[], guides: RoutineGuides): number {
  return steps.reduce((sum, step) => sum + stepLengthMs(step, guides), 0);
}

/** Time left in the routine: what is left of step `index`, and every step after it. */
export function timeLeftMs(
  steps: readonly RoutineStep[],
  index: number,
  currentLeftMs: number,
  guides: RoutineGuides,
): number {
  return Math.max(0, currentLeftMs) + routineLengthMs(steps.slice(index + 1), guides);
}
