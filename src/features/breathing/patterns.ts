import type { Breath } from './breath-pattern';

/** The breathing patterns Lull offers (CONTENT.md), and the person's own. */
export const patternIds = ['4-7-8', 'box', 'resonant', 'long-exhale', 'custom'] as const;
/** One of the patterns. */
export type PatternId = (typeof patternIds)[number];

/** The fixed patterns' timings, in seconds. */
export const presetBreaths: Record<Exclude<PatternId, 'custom'>, Breath> = {
  // 4-7-8 (Andrew Weil's "relaxing breath"): in 4, hold 7, out 8.
  '4-7-8': { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 },
  box: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 },
  // Resonant (coherent) breathing: about six breaths a minute.
  resonant: { inhale: 5.5, holdIn: 0, exhale: 5.5, holdOut: 0 },
  // Long exhale: CONTENT.md allows 6 to 8 s out; 7 sits in the middle.
  'long-exhale': { inhale: 4, holdIn: 0, exhale: 7, holdOut: 0 },
};

/** How a session's length is set: a number of breaths, or minutes. */
export const lengthUnits = ['cycles', 'minutes'] as const;
/** One of the length units. */
export type LengthUnit = (typeof lengthUnits)[number];

/** The longest custom phase, and its step (seconds). */
export const PHASE_MAX_S = 20;
/** Custom phases move in half seconds. */
export const PHASE_STEP_S = 0.5;
/** Limits of a session's length. */
export const MAX_CYCLES = 60;
/** The longest session by time, in minutes. */
export const MAX_MINUTES = 30;
