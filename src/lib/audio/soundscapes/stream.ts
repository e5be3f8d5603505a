import { Biquad } from '../dsp/biquad';
import { between, Drift } from '../dsp/control';
import { addRamped, addScaled, Scratch } from '../dsp/summing';
import { QuickPinkNoise } from '../dsp/noise';
import { Bubbles } from '../dsp/ringing';
import type { SoundscapeDspFactory } from './soundscape-dsp';

/** Measured: brings the stream to LEVEL_TARGET_DB at volume 1 (tests/audio/sounds-level). */
export const STREAM_LEVEL = 0.7962;

/**
 * A stream: a steady babble of bubbles over the soft rush of moving water (band-passed pink
 * noise that swells a little with the flow).
 */
export const createStream: SoundscapeDspFactory = (sampleRate, random) => {
  const scratch = new Scratch();
  const bubbles = new Bubbles(140, sampleRate, random);
  const babbleFilter = new Biquad(sampleRate, 'highpass', 250);
  const rush = [new QuickPinkNoise(sampleRate, random), new QuickPinkNoise(sampleRate, random)];
  const rushFilter = new Biquad(sampleRate, 'bandpass', 900, 0.6);
  const flow = new Drift([4, 10], 0, sampleRate, random);
  const rushGain = (value: number) => STREAM_LEVEL * 0.45 * between(value, 0.6, 1);
  let now = flow.next(0);

  return {
    render(left, right) {
      const frames = left.length;
      const a = scratch.get(0, frames);
      const b = scratch.get(1, frames);
      left.fill(0);
      right.fill(0);

      bubbles.render(a, b);
      babbleFilter.processStereo(a, b);
      addScaled(left, a, STREAM_LEVEL * 0.5);
      addScaled(right, b, STREAM_LEVEL * 0.5);

      rush[0].fill(a);
      rush[1].fill(b);
      rushFilter.processStereo(a, b);
      const next = flow.next(frames);
      addRamped(left, a, rushGain(now), rushGain(next));
      addRamped(right, b, rushGain(now), rushGain(next));
      now = next;
    },
  };
};
