import { breathMs, breathTimeline, cyclesForMinutes } from '../../lib/guides/breath-timing';
import type { BreathStepOptions } from '../../lib/guides/step-options';
import { breathOf } from './breath-of';
import type { BreathChoice } from './running-breath';
import type { BreathingSettings } from './breathing-settings';

/**
 * The breathing session a routine's step asks for: its pattern (a custom one is the person's
 * own timings from Breathe), enough whole breaths to fill its minutes. Null when the breath has
 * no length.
 */
export function breathChoiceOf(
  step: BreathStepOptions,
  breathing: BreathingSettings,
): BreathChoice | null {
  const breath = breathOf(step.pattern, breathing);
  if (breathMs(breath) === 0) return null;
  return {
    patternId: step.pattern,
    pattern: { ...breath, cycles: cyclesForMinutes(breath, step.minutes) },
    minutes: step.minutes,
  };
}

/** How long a routine's breathing step takes, in ms (0: a breath of no length). */
export function breathStepMs(step: BreathStepOptions, breathing: BreathingSettings): number {
  const choice = breathChoiceOf(step, breathing);
  return choice ? breathTimeline(choice.pattern).totalMs : 0;
}

/** The person's own breath timings in seconds, in order: "4-0-6-0". */
export function customTiming(breathing: BreathingSettings): string {
  const { inhale, holdIn, exhale, holdOut } = breathing.custom;
  return [inhale, holdIn, exhale, holdOut].join('-');
}
