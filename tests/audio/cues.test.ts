import { describe, expect, it } from 'vitest';
import { playTone, TONE_CEILING, type ToneShape } from '../../src/lib/cues/tone';
import { tones } from '../../src/lib/cues/tones';

const SAMPLE_RATE = 48_000;

/** Renders one tone starting at `at` s into a silent buffer; optionally stopped at `stopAt`. */
async function render(shape: ToneShape, { at = 0.1, volume = 1, stopAt = -1 } = {}) {
  const seconds = at + shape.attackS + shape.holdS + shape.releaseS + 0.3;
  const context = new OfflineAudioContext(1, Math.ceil(seconds * SAMPLE_RATE), SAMPLE_RATE);
  const handle = playTone(context, context.destination, shape, { at, volume });
  if (stopAt > 0) {
    void context.suspend(stopAt).then(() => {
      handle.stop();
      void context.resume();
    });
  }
  const buffer = await context.startRendering();
  return buffer.getChannelData(0);
}

function measure(samples: Float32Array) {
  let peak = 0;
  let sumSquares = 0;
  let active = 0;
  let largestJump = 0;
  for (let i = 0; i < samples.length; i += 1) {
    const value = Math.abs(samples[i]);
    peak = Math.max(peak, value);
    if (value > 1e-4) {
      sumSquares += samples[i] ** 2;
      active += 1;
    }
    if (i > 0) largestJump = Math.max(largestJump, Math.abs(samples[i] - samples[i - 1]));
  }
  return { peak, rms: Math.sqrt(sumSquares / Math.max(1, active)), largestJump };
}

/**
 * The largest sample-to-sample step a click-free tone can have: the steepest slope of its sine
 * partials at full level (2πf·A/rate each, at the highest glided frequency). A click (a step
 * from or to silence) is many times larger. The bound allows 10 % on top.
 */
function slopeBound(shape: ToneShape, volume: number): number {
  const partials = shape.partials ?? [[1, 1]];
  const levelSum = partials.reduce((sum, [, level]) => sum + level, 0);
  const top = shape.frequency * Math.max(1, shape.glide ?? 1);
  const slope = partials.reduce(
    (sum, [ratio, level]) =>
      sum + (2 * Math.PI * top * ratio * TONE_CEILING * volume * level) / levelSum / SAMPLE_RATE,
    0,
  );
  return slope * 1.1;
}

describe('phase tones rendered in an OfflineAudioContext', () => {
  for (const [name, shape] of Object.entries(tones)) {
    it(`${name}: click-free, silent before and after, level in range`, async () => {
      const samples = await render(shape, { at: 0.1, volume: 1 });
      const { peak, rms, largestJump } = measure(samples);
      // Level: a soft cue. Peak between −16 dBFS and the −10 dBFS ceiling; RMS well below.
      expect(peak).toBeGreaterThan(0.16);
      expect(peak).toBeLessThanOrEqual(TONE_CEILING * 1.01);
      expect(rms).toBeGreaterThan(0.05);
      expect(rms).toBeLessThan(0.2);
      // No click: no step larger than the sines' own steepest slope (+10 %).
      expect(largestJump).toBeLessThan(slopeBound(shape, 1));
      // Silent until it starts, and silent once it is over.
      const start = Math.floor(0.1 * SAMPLE_RATE);
      expect(Math.max(...samples.subarray(0, start).map(Math.abs))).toBe(0);
      expect(Math.max(...samples.subarray(samples.length - 4800).map(Math.abs))).toBeLessThan(1e-4);
      // The first ms is a whisper: the attack starts from zero, not at level.
      expect(Math.max(...samples.subarray(start, start + 48).map(Math.abs))).toBeLessThan(0.002);
    });
  }

  it('the click bound catches a click: a sine switched on at level breaks it', async () => {
    const context = new OfflineAudioContext(1, SAMPLE_RATE, SAMPLE_RATE);
    const oscillator = new OscillatorNode(context, { frequency: tones.steady.frequency });
    // Cosine phase: the first sample jumps straight from silence to full level.
    const wave = new PeriodicWave(context, { real: [0, 1], imag: [0, 0] });
    oscillator.setPeriodicWave(wave);
    oscillator.connect(new GainNode(context, { gain: TONE_CEILING })).connect(context.destination);
    oscillator.start(0.1);
    oscillator.stop(0.5);
    const clicky = measure((await context.startRendering()).getChannelData(0));
    expect(clicky.largestJump).toBeGreaterThan(slopeBound(tones.steady, 1) * 5);
  });

  it('volume scales the level', async () => {
    const full = measure(await render(tones.steady, { volume: 1 }));
    const quiet = measure(await render(tones.steady, { volume: 0.25 }));
    expect(quiet.peak / full.peak).toBeCloseTo(0.25, 2);
  });

  it('stopped mid-tone, it fades out without a click', async () => {
    const shape = tones.rise;
    const samples = await render(shape, { at: 0.1, stopAt: 0.4 });
    const { largestJump } = measure(samples);
    expect(largestJump).toBeLessThan(slopeBound(shape, 1));
    // Silent within 100 ms of the stop, where it would otherwise still sound.
    const after = samples.subarray(Math.ceil(0.5 * SAMPLE_RATE), Math.ceil(0.9 * SAMPLE_RATE));
    expect(Math.max(...after.map(Math.abs))).toBeLessThan(1e-4);
  });

  it('stopped before it starts, it never sounds', async () => {
    const samples = await render(tones.fall, { at: 0.5, stopAt: 0.2 });
    expect(measure(samples).peak).toBe(0);
  });
});
