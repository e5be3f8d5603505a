import { Biquad } from '../dsp/biquad';
import { between, Drift, octaves } from '../dsp/control';
import { addRamped, addScaled, Scratch } from '../dsp/summing';
import { QuickPinkNoise } from '../dsp/noise';
import { Crickets } from '../dsp/crickets';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings the night to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const NIGHT_LEVEL = 0.5069;

/**
 * A summer night: crickets near and far over a soft bed of breeze (low-passed pink noise
 * that comes and goes), with the faint shimmer of a distant chorus in the crickets' band.
 */
export const createNight: SoundscapeDspFactory = (sampleRate, random) => {
  const scratch = new Scratch();
  const crickets = new Crickets(3, 6, sampleRate, random);
  const air = [new QuickPinkNoise(sampleRate, random), new QuickPinkNoise(sampleRate, random)];
  const breezeFilter = new Biquad(sampleRate);
  const chorusFilter = new Biquad(sampleRate, 'bandpass', 4500, 6);
  const breeze = new Drift([5, 14], 0, sampleRate, random);
  const breezeGain = (value: number) => NIGHT_LEVEL * 0.9 * between(value, 0.45, 1);
  let now = breeze.next(0);

  return {
    render(left, right) {
      const frames = left.length;
      const a = scratch.get(0, frames);
      const b = scratch.get(1, frames);
      const c = scratch.get(2, frames);
      const d = scratch.get(3, frames);
      left.fill(0);
      right.fill(0);

      crickets.render(a, b);
      addScaled(left, a, NIGHT_LEVEL * 0.5);
      addScaled(right, b, NIGHT_LEVEL * 0.5);

      air[0].fill(a);
      air[1].fill(b);
      c.set(a);
      d.set(b);
      const next = breeze.next(frames);
      breezeFilter.set('lowpass', octaves(next, 350, 850), 0.7).processStereo(a, b);
      addRamped(left, a, breezeGain(now), breezeGain(next));
      addRamped(right, b, breezeGain(now), breezeGain(next));
      chorusFilter.processStereo(c, d);
      addScaled(left, c, NIGHT_LEVEL * 0.35);
      addScaled(right, d, NIGHT_LEVEL * 0.35);
      now = next;
    },
  };
};
