import { Biquad } from '../dsp/biquad';
import { between, octaves, Swell } from '../dsp/control';
import { addRamped, addScaled, Scratch } from '../dsp/summing';
import { BrownNoise, QuickPinkNoise } from '../dsp/noise';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings surf to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const SURF_LEVEL = 0.5376;

/**
 * Surf: brown noise through a low-pass that opens as each wave builds and breaks (8-12 s
 * apart, each its own height), foam hissing on the crests, and a steady wash of distant
 * waves along the shore, so the troughs are never empty.
 */
export const createSurf: SoundscapeDspFactory = (sampleRate, random) => {
  const scratch = new Scratch();
  const water = [new BrownNoise(sampleRate, random), new BrownNoise(sampleRate, random)];
  const waterFilter = new Biquad(sampleRate);
  const spray = [new QuickPinkNoise(sampleRate, random), new QuickPinkNoise(sampleRate, random)];
  const foamFilter = new Biquad(sampleRate, 'bandpass', 2200, 0.6);
  const distantFilter = new Biquad(sampleRate, 'bandpass', 2500, 0.4);
  const swell = new Swell([8, 12], sampleRate, random);
  const waterGain = (wave: number) => SURF_LEVEL * between(wave, 0.18, 1);
  const foamGain = (wave: number) => SURF_LEVEL * 0.3 * between(wave * wave, 0.15, 1);
  let wave = swell.next(0);

  return {
    render(left, right) {
      const frames = left.length;
      const a = scratch.get(0, frames);
      const b = scratch.get(1, frames);
      const c = scratch.get(2, frames);
      const d = scratch.get(3, frames);
      left.fill(0);
      right.fill(0);
      const next = swell.next(frames);

      water[0].fill(a);
      water[1].fill(b);
      waterFilter.set('lowpass', octaves(next, 280, 1800), 0.9).processStereo(a, b);
      addRamped(left, a, waterGain(wave), waterGain(next));
      addRamped(right, b, waterGain(wave), waterGain(next));

      spray[0].fill(a);
      spray[1].fill(b);
      c.set(a);
      d.set(b);
      foamFilter.processStereo(a, b);
      addRamped(left, a, foamGain(wave), foamGain(next));
      addRamped(right, b, foamGain(wave), foamGain(next));
      distantFilter.processStereo(c, d);
      addScaled(left, c, SURF_LEVEL * 0.12);
      addScaled(right, d, SURF_LEVEL * 0.12);
      wave = next;
    },
  };
};
