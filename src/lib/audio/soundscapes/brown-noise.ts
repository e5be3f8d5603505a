import { Biquad } from '../dsp/biquad';
import { BrownNoise } from '../dsp/noise';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings brown noise to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const BROWN_LEVEL = 0.9247;

/** Brown noise: integrated white (-6 dB per octave), a deep, soft rumble. */
export const createBrownNoise: SoundscapeDspFactory = (sampleRate, random) => {
  const leftNoise = new BrownNoise(sampleRate, random);
  const rightNoise = new BrownNoise(sampleRate, random);
  // Brown noise keeps much of its energy below hearing: a 30 Hz high-pass keeps that out of
  // the level (and off small speakers) and leaves the slope above 60 Hz as it is.
  const floor = new Biquad(sampleRate, 'highpass', 30);
  return {
    render(left, right) {
      leftNoise.fill(left);
      rightNoise.fill(right);
      floor.processStereo(left, right);
      for (let i = 0; i < left.length; i++) {
        left[i] *= BROWN_LEVEL;
        right[i] *= BROWN_LEVEL;
      }
    },
  };
};
