/** The calf-stretch sequence of CONTENT.md, in its order. */
export const stepIds = ['wall-calf', 'bent-knee', 'towel', 'ankle-circles', 'toes'] as const;
/** One stretch of the sequence. */
export type StepId = (typeof stepIds)[number];

/**
 * Default holds in seconds: 30 s each leg for the three stretches and the toes (CONTENT.md);
 * ankle circles have no time there, only "10 slow circles each way": about 40 s a foot.
 */
export const defaultHoldSeconds: Record<StepId, number> = {
  'wall-calf': 30,
  'bent-knee': 30,
  towel: 30,
  'ankle-circles': 40,
  toes: 30,
};

/** Hold limits (seconds) and their step in the picker. */
export const HOLD_MIN_S = 10;
/** The longest hold offered. */
export const HOLD_MAX_S = 120;
/** Holds move in 5 s steps. */
export const HOLD_STEP_S = 5;
/** The most rounds of the sequence. */
export const MAX_ROUNDS = 5;
