import { Biquad } from '../dsp/biquad';
import { WhiteNoise } from '../dsp/noise';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings white noise to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const WHITE_LEVEL = 0.228;

/**
 * White noise: equal energy per hertz, left and right independent. A gentle roll-off above
 * 14 kHz (flat within 0.1 dB to 5 kHz) takes the edge off the very top.
 */
export const createWhiteNoise: SoundscapeDspFactory = (sampleRate, random) => {
  const noise = new WhiteNoise(sampleRate, random);
  const top = new Biquad(sampleRate, 'lowpass', 14_000);
  return {
    render(left, right) {
      noise.fill(left);
      noise.fill(right);
      top.processStereo(left, right);
      for (let i = 0; i < left.length; i++) {
        left[i] *= WHITE_LEVEL;
        right[i] *= WHITE_LEVEL;
      }
    },
  };
};
