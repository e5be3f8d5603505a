import { Biquad } from '../dsp/biquad';
import { between, Drift, octaves } from '../dsp/control';
import { addRampedPair, addScaledPair, Scratch } from '../dsp/summing';
import { BrownNoise, QuickPinkNoise, WhiteNoise } from '../dsp/noise';
import { OnePole } from '../dsp/one-pole';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings wind to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const WIND_LEVEL = 0.5496;

/**
 * Wind: pink noise through a band-pass whose centre wanders with slow gusts (higher and
 * louder as a gust builds), a soft, low whistle that shows only in the strongest gusts, the
 * rustle of leaves, and a low rumble underneath. One gust drives them all, as one wind would.
 */
export const createWind: SoundscapeDspFactory = (sampleRate, random) => {
  const scratch = new Scratch();
  const air = [new QuickPinkNoise(sampleRate, random), new QuickPinkNoise(sampleRate, random)];
  const band = new Biquad(sampleRate);
  const whistle = new Biquad(sampleRate);
  const rustle = new WhiteNoise(sampleRate, random);
  const leavesLow = new OnePole(sampleRate, 'highpass', 2000);
  const leavesHigh = new OnePole(sampleRate, 'lowpass', 6000);
  const rumble = new BrownNoise(sampleRate, random);
  const rumbleFilter = new OnePole(sampleRate, 'lowpass', 140);
  const gust = new Drift([3, 9], 0.12, sampleRate, random);
  const bandGain = (g: number) => WIND_LEVEL * 2.5 * between(Math.pow(g, 1.4), 0.18, 1);
  const whistleGain = (g: number) => WIND_LEVEL * 0.5 * Math.pow(g, 3);
  const leavesGain = (g: number) => WIND_LEVEL * 0.15 * between(g, 0.6, 1);
  let now = gust.next(0);

  return {
    render(left, right) {
      const frames = left.length;
      const a = scratch.get(0, frames);
      const b = scratch.get(1, frames);
      const c = scratch.get(2, frames);
      left.fill(0);
      right.fill(0);
      const next = gust.next(frames);

      air[0].fill(a);
      air[1].fill(b);
      c.set(a);
      band.set('bandpass', octaves(next, 260, 950), 1.1).processStereo(a, b);
      addRampedPair(left, right, a, b, bandGain(now), bandGain(next));

      rustle.fill(a);
      rustle.fill(b);
      leavesLow.processStereo(a, b);
      leavesHigh.processStereo(a, b);
      addRampedPair(left, right, a, b, leavesGain(now), leavesGain(next));

      // The whistle is one thin tone: it needs no width, so one channel serves both.
      whistle.set('bandpass', octaves(next, 650, 1500), 5).process(c);
      addRampedPair(left, right, c, c, whistleGain(now), whistleGain(next));

      rumble.fill(a);
      rumbleFilter.process(a);
      addScaledPair(left, right, a, a, WIND_LEVEL * 0.1);
      now = next;
    },
  };
};
