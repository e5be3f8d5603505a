import type { RoutineStep } from './routine-settings';

// Edits of a routine as pure functions: each returns the new list, or null when the edit
// cannot be made (so the screen can say why instead of doing nothing).

/** How many places a step can move up or down: lights out stays last, the others above it. */
function movableCount(steps: readonly RoutineStep[]): number {
  return steps.at(-1)?.kind === 'sounds' ? steps.length - 1 : steps.length;
}

/** Whether step `index` can move by `delta` (-1 up, +1 down). */
export function canMove(steps: readonly RoutineStep[], index: number, delta: -1 | 1): boolean {
  const target = index + delta;
  return index < movableCount(steps) && target >= 0 && target < movableCount(steps);
}

/** The routine with step `index` moved one place up (-1) or down (+1). */
export function moveStep(
  steps: readonly RoutineStep[],
  index: number,
  delta: -1 | 1,
): RoutineStep[] | null {
  if (!canMove(steps, index, delta)) return null;
  const next = [...steps];
  [next[index], next[index + delta]] = [next[index + delta], next[index]];
  return next;
}

/** The routine with a step added: at the end, but before lights out (which always ends it). */
export function addStep(steps: readonly RoutineStep[], step: RoutineStep): RoutineStep[] {
  const at = step.kind === 'sounds' ? steps.length : movableCount(steps);
  return [...steps.slice(0, at), step, ...steps.slice(at)];
}

/** The routine without step `index`; null for its last step (a routine has one at least). */
export function removeStep(steps: readonly RoutineStep[], index: number): RoutineStep[] | null {
  if (steps.length <= 1 || index < 0 || index >= steps.length) return null;
  return steps.filter((_, at) => at !== index);
}

/** The routine with step `index`'s options changed (its kind stays). */
export function changeStep(
  steps: readonly RoutineStep[],
  index: number,
  step: RoutineStep,
): RoutineStep[] {
  return steps.map((old, at) => (at === index && old.kind === step.kind ? step : old));
}
