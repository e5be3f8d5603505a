import type { ToneShape } from './tone';

// Low, warm pitches (a D major colour, D4 to A4) with a quiet octave: soft sines, never bright.
const warm = [
  [1, 1],
  [2, 0.18],
] as const;

/** The cue tones. Each is about a second and a half, fading in and out slowly. */
export const tones = {
  /** Breathing in: a slight rise. */
  rise: {
    frequency: 293.66,
    glide: 1.12,
    partials: warm,
    attackS: 0.18,
    holdS: 0.3,
    releaseS: 1.1,
  },
  /** A hold, a "hold starts": a steady tone. */
  steady: { frequency: 369.99, partials: warm, attackS: 0.15, holdS: 0.25, releaseS: 1 },
  /** Breathing out: a slight fall. */
  fall: {
    frequency: 329.63,
    glide: 0.89,
    partials: warm,
    attackS: 0.18,
    holdS: 0.3,
    releaseS: 1.2,
  },
  /** "5 seconds left": shorter and quieter in feel. */
  soon: { frequency: 440, partials: warm, attackS: 0.08, holdS: 0.05, releaseS: 0.6 },
  /** Switch legs, and the end: a gentle low chime. */
  chime: {
    frequency: 220,
    partials: [
      [1, 1],
      [1.5, 0.5],
      [2, 0.2],
    ],
    attackS: 0.12,
    holdS: 0.2,
    releaseS: 1.6,
  },
} satisfies Record<string, ToneShape>;

/** The name of a cue tone. */
export type ToneName = keyof typeof tones;
