import type { Random } from '../dsp/random';

/** One soundscape's synthesis, stepped by the renderer: it writes each stereo block in full. */
export interface SoundscapeDsp {
  render(left: Float32Array, right: Float32Array): void;
}

/** Makes a soundscape's synthesis for a sample rate and a seeded random source. */
export type SoundscapeDspFactory = (sampleRate: number, random: Random) => SoundscapeDsp;
