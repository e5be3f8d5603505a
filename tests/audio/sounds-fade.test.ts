import { describe, expect, it } from 'vitest';
import { createOutputChain } from '../../src/lib/audio/output-chain';
import { fadeOutGain, fadeProgress, type SleepTimer } from '../../src/lib/audio/sleep-fade';
import { createSleepSchedule } from '../../src/lib/audio/sleep-schedule';
import { createOfflineMix, layerOf, renderStepped } from './render-chunked';
import { channelsOf, envelopeDb, rmsDb, toDb } from './sounds-measure';

const SAMPLE_RATE = 48_000;
// Digital silence, for practical purposes: -120 dBFS.
const SILENT = 1e-6;

/** Renders pink noise through the output chain with a sleep timer set at context time 0. */
async function renderWithTimer(timer: SleepTimer, wallAtStart: number, seconds: number) {
  const context = new OfflineAudioContext(2, seconds * SAMPLE_RATE, SAMPLE_RATE);
  const chain = createOutputChain(context);
  chain.transport.gain.value = 1;
  createOfflineMix(context, chain.input).add(layerOf('pink'), 0);
  let ended = false;
  const schedule = createSleepSchedule(
    context,
    chain.sleep.gain,
    { now: () => wallAtStart },
    () => {
      ended = true;
    },
  );
  schedule.set(timer);
  const endAt = schedule.endContextTime() ?? NaN;
  const buffer = await renderStepped(context);
  schedule.cancel();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { channels: channelsOf(buffer), endAt, ended: () => ended };
}

/** The time of the last sample above `threshold`, in seconds. */
function lastSoundAt(channels: Float32Array[]): number {
  for (let i = channels[0].length - 1; i >= 0; i--)
    if (channels.some((channel) => Math.abs(channel[i]) > SILENT)) return i / SAMPLE_RATE;
  return 0;
}

describe('the sleep timer fade', () => {
  it('reaches silence at its end time, within 50 ms, and stays silent', async () => {
    const wall = 1_700_000_000_000;
    const timer = { endsAt: wall + 6000, fadeMs: 4000 };
    const { channels, endAt, ended } = await renderWithTimer(timer, wall, 8);
    expect(endAt).toBeCloseTo(6, 6);
    const silentFrom = lastSoundAt(channels);
    expect(Math.abs(silentFrom - 6), `silent from ${silentFrom.toFixed(4)} s`).toBeLessThanOrEqual(
      0.05,
    );
    // Still sounding just before the end (a fade that ends early fails here)...
    const before = Math.round(5.9 * SAMPLE_RATE);
    expect(rmsDb(channels, before, before + 0.05 * SAMPLE_RATE)).toBeGreaterThan(-120);
    // ...and nothing at all after it.
    expect(rmsDb(channels, 6.05 * SAMPLE_RATE, 8 * SAMPLE_RATE)).toBeLessThan(-200);
    // The end is marked on the audio clock, so the engine can stop and suspend.
    expect(ended()).toBe(true);
  });

  it('is full before the fade and falls evenly in loudness through it', async () => {
    const wall = 1_700_000_000_000;
    const timer = { endsAt: wall + 9000, fadeMs: 6000 };
    const { channels } = await renderWithTimer(timer, wall, 9);
    const levels = envelopeDb(channels, SAMPLE_RATE, 0.5);
    const full = levels[2]; // 1.0-1.5 s, before the fade starts at 3 s
    // Half-way (6.0 s): the loudness-linear curve is 10 dB down, i.e. half as loud.
    const halfway = rmsDb(channels, 5.75 * SAMPLE_RATE, 6.25 * SAMPLE_RATE);
    expect(halfway - full).toBeCloseTo(toDb(fadeOutGain(0.5)), 0);
    expect(toDb(fadeOutGain(0.5))).toBeCloseTo(-10, 0);
    // Every half second of the fade is quieter than the one before.
    const fade = levels.slice(6, 17);
    fade.slice(1).forEach((level, i) => expect(level).toBeLessThan(fade[i]));
  });

  it('keeps its wall-clock end when the audio clock has fallen behind (a suspension)', async () => {
    // The page wakes 2 s before the end, half-way through a 4 s fade: the fade picks up at
    // half-way, without a jump, and still ends on time.
    const endsAt = 1_700_000_000_000;
    const timer = { endsAt, fadeMs: 4000 };
    const wall = endsAt - 2000;
    expect(fadeProgress(timer, wall)).toBe(0.5);
    const { channels, endAt } = await renderWithTimer(timer, wall, 4);
    expect(endAt).toBeCloseTo(2, 6);
    expect(Math.abs(lastSoundAt(channels) - 2)).toBeLessThanOrEqual(0.05);
    const early = rmsDb(channels, 0.6 * SAMPLE_RATE, 0.7 * SAMPLE_RATE);
    const late = rmsDb(channels, 1.6 * SAMPLE_RATE, 1.7 * SAMPLE_RATE);
    expect(late).toBeLessThan(early - 10);
  });
});
