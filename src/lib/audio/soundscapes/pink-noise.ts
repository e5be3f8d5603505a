import { Biquad } from '../dsp/biquad';
import { PinkNoise } from '../dsp/noise';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings pink noise to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const PINK_LEVEL = 0.3455;

/** Pink noise: equal energy per octave (-3 dB per octave), softer than white. */
export const createPinkNoise: SoundscapeDspFactory = (sampleRate, random) => {
  const leftNoise = new PinkNoise(sampleRate, random);
  const rightNoise = new PinkNoise(sampleRate, random);
  // Below 25 Hz there is nothing to hear, only speaker excursion.
  const floor = new Biquad(sampleRate, 'highpass', 25);
  return {
    render(left, right) {
      leftNoise.fill(left);
      rightNoise.fill(right);
      floor.processStereo(left, right);
      for (let i = 0; i < left.length; i++) {
        left[i] *= PINK_LEVEL;
        right[i] *= PINK_LEVEL;
      }
    },
  };
};
