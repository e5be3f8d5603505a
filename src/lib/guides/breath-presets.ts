import type { Breath } from './breath-timing';
import type { PatternId } from './breath-patterns';

/** The fixed patterns' timings, in seconds. */
export const presetBreaths: Record<Exclude<PatternId, 'custom'>, Breath> = {
  // 4-7-8 (Andrew Weil's "relaxing breath"): in 4, hold 7, out 8.
  '4-7-8': { inhale: 4, holdIn: 7, exhale: 8, holdOut: 0 },
  box: { inhale: 4, holdIn: 4, exhale: 4, holdOut: 4 },
  // Resonant (coherent) breathing: about six breaths a minute.
  resonant: { inhale: 5.5, holdIn: 0, exhale: 5.5, holdOut: 0 },
  // Long exhale: CONTENT.md gives 6 to 8 s out; the person chooses (breathing.longExhale), 7 at first.
  'long-exhale': { inhale: 4, holdIn: 0, exhale: 7, holdOut: 0 },
};
