import { stretchTimeline, type StretchConfig } from '../../lib/guides/stretch-sequence';
import type { StretchStepOptions } from '../../lib/guides/step-options';
import { stepIds } from '../../lib/guides/stretch-steps';
import type { StretchesSettings } from './stretches-settings';

/**
 * The stretch sequence a routine's step asks for: its stretches, in the sequence's order, with
 * the holds and rounds set on Stretch. Null when it has none.
 */
export function stretchConfigOf(
  step: StretchStepOptions,
  stretches: StretchesSettings,
): StretchConfig | null {
  const steps = stepIds
    .filter((id) => step.stretches.includes(id))
    .map((id) => ({ id, holdSeconds: stretches.steps[id].holdSeconds }));
  return steps.length > 0 ? { steps, rounds: stretches.rounds } : null;
}

/** How long a routine's stretch step takes, in ms (0: no stretch chosen). */
export function stretchStepMs(step: StretchStepOptions, stretches: StretchesSettings): number {
  const config = stretchConfigOf(step, stretches);
  return config ? stretchTimeline(config).totalMs : 0;
}
