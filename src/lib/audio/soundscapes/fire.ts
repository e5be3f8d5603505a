import { Biquad } from '../dsp/biquad';
import { Crackle } from '../dsp/bursts';
import { between, Drift, octaves } from '../dsp/control';
import { addRamped, addScaled, Scratch } from '../dsp/mix';
import { BrownNoise, PinkNoise } from '../dsp/noise';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings the fire to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const FIRE_LEVEL = 0.3986;

/**
 * A fire: crackle over a low, flickering roar (brown noise whose brightness and strength
 * flicker) and a faint hiss of burning wood.
 */
export const createFire: SoundscapeDspFactory = (sampleRate, random) => {
  const scratch = new Scratch();
  const roar = [new BrownNoise(sampleRate, random), new BrownNoise(sampleRate, random)];
  const roarFilter = new Biquad(sampleRate);
  const hiss = [new PinkNoise(sampleRate, random), new PinkNoise(sampleRate, random)];
  const hissFilter = new Biquad(sampleRate, 'bandpass', 2400, 0.6);
  const crackle = new Crackle(22, 0.15, sampleRate, random);
  const crackleLow = new Biquad(sampleRate, 'highpass', 700);
  const crackleHigh = new Biquad(sampleRate, 'lowpass', 5500);
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

      roar[0].fill(a);
      roar[1].fill(b);
      roarFilter.set('lowpass', octaves(next, 160, 420), 0.8).processStereo(a, b);
      addRamped(left, a, roarGain(now), roarGain(next));
      addRamped(right, b, roarGain(now), roarGain(next));

      hiss[0].fill(a);
      hiss[1].fill(b);
      hissFilter.processStereo(a, b);
      addRamped(left, a, hissGain(now), hissGain(next));
      addRamped(right, b, hissGain(now), hissGain(next));

      crackle.render(a, b);
      crackleLow.processStereo(a, b);
      crackleHigh.processStereo(a, b);
      addScaled(left, a, FIRE_LEVEL * 0.9);
      addScaled(right, b, FIRE_LEVEL * 0.9);
      now = next;
    },
  };
};
