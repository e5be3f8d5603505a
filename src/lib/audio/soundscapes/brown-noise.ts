import { BrownNoise } from '../dsp/noise';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings brown noise to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const BROWN_LEVEL = 0.6266;

/** Brown noise: integrated white (-6 dB per octave), a deep, soft rumble. */
export const createBrownNoise: SoundscapeDspFactory = (sampleRate, random) => {
  // Brown noise keeps much of its energy below hearing: levelling it off below 20 Hz keeps
  // that out of the level (and off small speakers) and the slope above 80 Hz as it is.
  const leftNoise = new BrownNoise(sampleRate, random, 20);
  const rightNoise = new BrownNoise(sampleRate, random, 20);
  return {
    render(left, right) {
      leftNoise.fill(left);
      rightNoise.fill(right);
      for (let i = 0; i < left.length; i++) {
        left[i] *= BROWN_LEVEL;
        right[i] *= BROWN_LEVEL;
      }
    },
  };
};
