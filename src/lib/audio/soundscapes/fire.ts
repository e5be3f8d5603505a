import { Biquad } from '../dsp/biquad';
import { Crackle } from '../dsp/bursts';
import { between, Drift, octaves } from '../dsp/control';
import { addRampedPair, addScaledPair, Scratch } from '../dsp/summing';
import { BrownNoise, QuickPinkNoise } from '../dsp/noise';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings the fire to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const FIRE_LEVEL = 0.4023;

/**
 * A fire: crackle over a low, flickering roar (brown noise whose brightness and strength
 * flicker) and a faint hiss of burning wood.
 */
export const createFire: SoundscapeDspFactory = (sampleRate, random) => {
  const scratch = new Scratch();
  // The roar is below 420 Hz, where two ears hear no width: one channel serves both.
  const roar = new BrownNoise(sampleRate, random);
  const roarFilter = new Biquad(sampleRate);
  const hiss = [new QuickPinkNoise(sampleRate, random), new QuickPinkNoise(sampleRate, random)];
  const hissFilter = new Biquad(sampleRate, 'bandpass', 2400, 0.6);
  const crackle = new Crackle(22, 0.15, sampleRate, random);
  // About 0.7 to 5.5 kHz: the snap of a spark, not its hiss.
  const crackleBand = new Biquad(sampleRate, 'bandpass', 2000, 0.5);
  const flicker = new Drift([0.2, 0.9], 0.2, sampleRate, random);
  const roarGain = (value: number) => FIRE_LEVEL * between(value, 0.55, 1);
  const hissGain = (value: number) => FIRE_LEVEL * 0.12 * between(value, 0.3, 1);
  let now = flicker.next(0);

  return {
    render(left, right) {
      const frames = left.length;
      const a = scratch.get(0, frames);
      const b = scratch.get(1, frames);
      left.fill(0);
      right.fill(0);
      const next = flicker.next(frames);

      roar.fill(a);
      roarFilter.set('lowpass', octaves(next, 160, 420), 0.8).process(a);
      addRampedPair(left, right, a, a, roarGain(now), roarGain(next));

      hiss[0].fill(a);
      hiss[1].fill(b);
      hissFilter.processStereo(a, b);
      addRampedPair(left, right, a, b, hissGain(now), hissGain(next));

      crackle.render(a, b);
      crackleBand.processStereo(a, b);
      addScaledPair(left, right, a, b, FIRE_LEVEL * 0.9);
      now = next;
    },
  };
};
