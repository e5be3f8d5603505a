import { afterAll, describe, expect, it } from 'vitest';
import { LEVEL_TARGET_DB } from '../../src/lib/audio/soundscape';
import { soundscapeIds, type SoundscapeId } from '../../src/lib/audio/soundscape-ids';
import { soundscapeGainDb } from '../../src/lib/audio/soundscapes/loudness';
import { renderSoundscape } from './render-chunked';
import { channelsOf, clickRatio, envelopeDb, peak, rmsDb } from './sounds-measure';

// Three minutes at 48 kHz, the rate most phones run at: long enough for the slowest wander
// (surf waves, wind gusts) to average out, and for any click anywhere to be found.
const SAMPLE_RATE = 48_000;
const SECONDS = 180;

const levels = new Map<SoundscapeId, number>();

describe.each(soundscapeIds)('%s over three minutes', (id) => {
  // One render, four findings: `expect.soft` reports every one that fails.
  it('is audible throughout, never clips, sits at the common level and never clicks', async () => {
    const buffer = await renderSoundscape(id, {
      seconds: SECONDS,
      sampleRate: SAMPLE_RATE,
    });
    const channels = channelsOf(buffer);
    // Its synthesis levels RMS at LEVEL_TARGET_DB; its loudness gain then moves it from there
    // (sounds-loudness.test.ts checks the loudness itself).
    const expected = LEVEL_TARGET_DB + soundscapeGainDb[id];

    // Not silent, in any ten seconds (a soundscape must not drop out).
    const quietest = Math.min(...envelopeDb(channels, SAMPLE_RATE, 10));
    expect.soft(quietest, 'quietest 10 s (dBFS)').toBeGreaterThan(expected - 12);

    const gain = Math.pow(10, soundscapeGainDb[id] / 20);
    expect.soft(peak(channels) / gain, 'peak, before its loudness gain').toBeLessThan(0.98);

    const level = rmsDb(channels);
    levels.set(id, level - soundscapeGainDb[id]);
    expect
      .soft(Math.abs(level - expected), `RMS ${level.toFixed(2)} dBFS`)
      .toBeLessThanOrEqual(1.5);

    // "Elsewhere" is the largest jump in each 100 ms window; its median is the sound's own
    // texture. A click is a jump far above it.
    const clicks = clickRatio(channels, SAMPLE_RATE, 0.1);
    console.info(
      `${id}: RMS ${level.toFixed(2)} dBFS, peak ${peak(channels).toFixed(3)}, quietest 10 s ${quietest.toFixed(1)} dBFS, click ratio ${clicks.ratio.toFixed(2)}`,
    );
    expect.soft(clicks.ratio, `largest jump at ${clicks.at.toFixed(3)} s`).toBeLessThanOrEqual(3);
  });
});

afterAll(() => {
  // Printed so a recalibration can read the measured levels straight off the run.
  console.info(
    'Soundscape RMS (dBFS):',
    Object.fromEntries([...levels].map(([id, level]) => [id, Number(level.toFixed(2))])),
  );
});

describe('the soundscapes together', () => {
  it('are all within 1.5 dB of one another in RMS, before their loudness gains', () => {
    expect(levels.size).toBe(soundscapeIds.length);
    const values = [...levels.values()];
    expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(1.5);
  });
});
