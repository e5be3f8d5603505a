import type { PatternId } from './breath-patterns';
import type { StepId } from './stretch-steps';

/** What a routine's breathing step asks for: a pattern, for some minutes. */
export interface BreathStepOptions {
  pattern: PatternId;
  minutes: number;
}

/** What a routine's stretch step asks for: which calf stretches (holds and rounds come from Stretch). */
export interface StretchStepOptions {
  stretches: readonly StepId[];
}
