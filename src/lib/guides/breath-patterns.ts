/** The breathing patterns Lull offers (CONTENT.md), and the person's own. */
export const patternIds = ['4-7-8', 'box', 'resonant', 'long-exhale', 'custom'] as const;
/** One of the patterns. */
export type PatternId = (typeof patternIds)[number];

/** How a session's length is set: a number of breaths, or minutes. */
export const lengthUnits = ['cycles', 'minutes'] as const;
/** One of the length units. */
export type LengthUnit = (typeof lengthUnits)[number];

/** The out-breaths Long exhale offers, in seconds (CONTENT.md: in 4, out 6 to 8). */
export const LONG_EXHALE_S = [6, 7, 8] as const;

/** The longest custom phase, and its step (seconds). */
export const PHASE_MAX_S = 20;
/** Custom phases move in half seconds. */
export const PHASE_STEP_S = 0.5;
/** Limits of a session's length. */
export const MAX_CYCLES = 60;
/** The longest session by time, in minutes. */
export const MAX_MINUTES = 30;
