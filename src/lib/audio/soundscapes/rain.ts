import { Biquad } from '../dsp/biquad';
import { Drops } from '../dsp/bursts';
import { between, Drift } from '../dsp/control';
import { addRampedPair, addScaledPair, Scratch } from '../dsp/summing';
import { BrownNoise, QuickPinkNoise } from '../dsp/noise';
import { OnePole } from '../dsp/one-pole';
import { Plinks } from '../dsp/ringing';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings rain to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const RAIN_LEVEL = 0.5767;

/**
 * Rain: a broad wash of band-passed pink noise whose strength wanders slowly, dense patter
 * of small drops (many a second), a few drops falling into water, and a low body of brown
 * noise underneath.
 */
export const createRain: SoundscapeDspFactory = (sampleRate, random) => {
  const scratch = new Scratch();
  const wash = [new QuickPinkNoise(sampleRate, random), new QuickPinkNoise(sampleRate, random)];
  // A broad band, about 450 Hz to 4.6 kHz.
  const washBand = new Biquad(sampleRate, 'bandpass', 1450, 0.35);
  const intensity = new Drift([6, 16], 0, sampleRate, random);
  const drops = new Drops(80, sampleRate, random);
  // About 1.2 to 9 kHz: the ticks of drops, without the hiss above.
  const patterBand = new Biquad(sampleRate, 'bandpass', 3300, 0.42);
  const plinks = new Plinks(3, sampleRate, random);
  const body = new BrownNoise(sampleRate, random);
  const bodyFilter = new OnePole(sampleRate, 'lowpass', 220);
  const washGain = (value: number) => RAIN_LEVEL * 0.35 * between(value, 0.7, 1);
  let washNow = washGain(intensity.next(0));

  return {
    render(left, right) {
      const frames = left.length;
      const a = scratch.get(0, frames);
      const b = scratch.get(1, frames);
      left.fill(0);
      right.fill(0);

      wash[0].fill(a);
      wash[1].fill(b);
      washBand.processStereo(a, b);
      const washNext = washGain(intensity.next(frames));
      addRampedPair(left, right, a, b, washNow, washNext);
      washNow = washNext;

      drops.render(a, b);
      patterBand.processStereo(a, b);
      addScaledPair(left, right, a, b, RAIN_LEVEL);

      a.fill(0);
      b.fill(0);
      plinks.add(a, b);
      addScaledPair(left, right, a, b, RAIN_LEVEL * 0.05);

      body.fill(a);
      bodyFilter.process(a);
      addScaledPair(left, right, a, a, RAIN_LEVEL * 0.5);
    },
  };
};
