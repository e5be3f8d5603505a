import { stepIds } from '../../lib/guides/stretch-steps';
import { habitIds } from './habits';
import type { RoutineSettings, RoutineStep, StepKind } from './routine-settings';

/** A step of one kind. */
export type StepOf<K extends StepKind> = Extract<RoutineStep, { kind: K }>;
/** The steps that run a guided, timed session of another feature. */
export type TimedStep = StepOf<'breathing'> | StepOf<'stretches'>;

/** Lull's routine for someone who has not made their own: about 20 minutes, CONTENT.md's order. */
export const defaultRoutine: readonly RoutineStep[] = [
  { kind: 'habit', habit: 'screens' },
  { kind: 'habit', habit: 'lights' },
  { kind: 'habit', habit: 'drink' },
  { kind: 'habit', habit: 'worries' },
  { kind: 'stretches', stretches: [...stepIds] },
  { kind: 'habit', habit: 'socks' },
  // Resonant breathing "for 5 to 10 minutes" (CONTENT.md), lying down before lights out.
  { kind: 'breathing', pattern: 'resonant', minutes: 5 },
  { kind: 'sounds', preset: 'rainy-night', timerMinutes: 30 },
];

/**
 * What makes a step itself, stable while steps move: its habit, or its kind (a routine has
 * each habit once and one step of each other kind).
 */
export const stepKey = (step: RoutineStep): string =>
  step.kind === 'habit' ? `habit:${step.habit}` : step.kind;

/** True for the steps that host a timed session. */
export const isTimed = (step: RoutineStep): step is TimedStep =>
  step.kind === 'breathing' || step.kind === 'stretches';

/**
 * A routine as it may run: each step once (the first copy kept) and "lights out" last, where
 * it belongs. Saved data is valid step by step, but a routine is more than its steps.
 */
export function normalizeSteps(steps: readonly RoutineStep[]): RoutineStep[] {
  const seen = new Set<string>();
  const unique = steps.filter((step) => {
    const key = stepKey(step);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [
    ...unique.filter((step) => step.kind !== 'sounds'),
    ...unique.filter((step) => step.kind === 'sounds'),
  ];
}

/** The person's routine: their own steps, or Lull's default until they change it. */
export function routineOf(settings: { routine: RoutineSettings }): RoutineStep[] {
  const own = settings.routine.steps;
  return normalizeSteps(own.length > 0 ? own : defaultRoutine);
}

/** The steps that could be added to a routine now: each missing habit and kind, in order. */
export function addableSteps(steps: readonly RoutineStep[]): RoutineStep[] {
  const present = new Set(steps.map(stepKey));
  const candidates: RoutineStep[] = [
    ...habitIds.map((habit) => ({ kind: 'habit', habit }) as const),
    { kind: 'stretches', stretches: [...stepIds] },
    { kind: 'breathing', pattern: 'resonant', minutes: 5 },
    { kind: 'sounds', preset: 'rainy-night', timerMinutes: 30 },
  ];
  return candidates.filter((step) => !present.has(stepKey(step)));
}
