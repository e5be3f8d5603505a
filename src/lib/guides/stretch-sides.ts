import type { StepId } from './stretch-steps';

/** Stretches done one leg at a time (left, "switch legs", right); toes use both feet at once. */
export const sidedSteps: Record<StepId, boolean> = {
  'wall-calf': true,
  'bent-knee': true,
  towel: true,
  'ankle-circles': true,
  toes: false,
};
