import type { Settings } from '../settings/settings-schema';
import { breathMs, breathTimeline, cyclesForMinutes } from '../../lib/guides/breath-timing';
import { breathOf, type BreathChoice } from '../breathing/running-breath';
import { stretchTimeline, type StretchConfig } from '../../lib/guides/stretch-sequence';
import { stepIds } from '../../lib/guides/stretch-steps';
import { habitMinutes } from './habits';
import type { RoutineStep } from './routine-settings';
import type { StepOf } from './routine-steps';

/** The settings a routine's lengths depend on: the breathing and stretch choices. */
export type PlanSettings = Pick<Settings, 'breathing' | 'stretches'>;

/**
 * The breathing session a step asks for: its pattern (a custom one is the person's own timings
 * from Breathe), enough whole breaths to fill its minutes. Null when the breath has no length.
 */
export function breathChoiceOf(
  step: StepOf<'breathing'>,
  breathing: Settings['breathing'],
): BreathChoice | null {
  const breath = breathOf(step.pattern, breathing);
  if (breathMs(breath) === 0) return null;
  return {
    patternId: step.pattern,
    pattern: { ...breath, cycles: cyclesForMinutes(breath, step.minutes) },
    minutes: step.minutes,
  };
}

/**
 * The stretch sequence a step asks for: its stretches, in the sequence's order, with the holds
 * and rounds set on Stretch. Null when it has none.
 */
export function stretchConfigOf(
  step: StepOf<'stretches'>,
  stretches: Settings['stretches'],
): StretchConfig | null {
  const steps = stepIds
    .filter((id) => step.stretches.includes(id))
    .map((id) => ({ id, holdSeconds: stretches.steps[id].holdSeconds }));
  return steps.length > 0 ? { steps, rounds: stretches.rounds } : null;
}

/** How long a step takes: a habit's estimate, a session's exact length; lights out ends it. */
export function stepLengthMs(step: RoutineStep, settings: PlanSettings): number {
  switch (step.kind) {
    case 'habit':
      return habitMinutes[step.habit] * 60_000;
    case 'breathing': {
      const choice = breathChoiceOf(step, settings.breathing);
      return choice ? breathTimeline(choice.pattern).totalMs : 0;
    }
    case 'stretches': {
      const config = stretchConfigOf(step, settings.stretches);
      return config ? stretchTimeline(config).totalMs : 0;
    }
    case 'sounds':
      // The sounds play on as the person falls asleep: not part of the wind-down's length.
      return 0;
  }
}

/** The whole routine's length: every step's. */
export function routineLengthMs(steps: readonly RoutineStep[], settings: PlanSettings): number {
  return steps.reduce((sum, step) => sum + stepLengthMs(step, settings), 0);
}

/** Time left in the routine: what is left of step `index`, and every step after it. */
export function timeLeftMs(
  steps: readonly RoutineStep[],
  index: number,
  currentLeftMs: number,
  settings: PlanSettings,
): number {
  return Math.max(0, currentLeftMs) + routineLengthMs(steps.slice(index + 1), settings);
}
