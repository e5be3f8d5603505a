import { afterAll, describe, expect, it } from 'vitest';
import { isSoundscapeId, soundscapeIds } from '../../src/lib/audio/soundscape-ids';
import { LOUDNESS_TARGET_LUFS, soundscapeGainDb } from '../../src/lib/audio/soundscapes/loudness';
import { DEFAULT_VOLUME } from '../../src/lib/guides/sound-layers';
import { builtInPresets } from '../../src/lib/guides/sound-presets';
import { integratedLoudness } from './loudness-meter';
import { loudnessTable, type LoudnessRow } from './loudness-table';
import { renderAsPlayed, type PlayedLayer } from './render-as-played';
import { truePeakDb } from './true-peak';

// 48 kHz, the rate most phones run at. 30 s covers two or three of the slowest swells (surf,
// wind gusts). The gains are the mean of three seeds' renders, and each row is measured the
// same way: played as the app plays it (its synthesis stepped 1024 frames at a time), 30 s of
// wind alone lands anywhere from -32.9 to -29.5 LUFS with the seed, so one seed would be luck.
const SAMPLE_RATE = 48_000;
const SECONDS = 30;
const SEEDS = [1, 2, 3];
const TOLERANCE_LU = 2;
/** The safety curve in output-chain.ts starts rounding at ±0.8 (-1.9 dBFS); stay well under. */
const TRUE_PEAK_LIMIT_DB = -4;

const alone = soundscapeIds.map((id) => ({
  name: id,
  layers: [{ id, volume: DEFAULT_VOLUME }] as PlayedLayer[],
  gainDb: soundscapeGainDb[id] as number | undefined,
}));
const presets = builtInPresets.map(({ id, layers }) => ({
  name: `preset ${id}`,
  layers: layers.flatMap(({ source, volume }) =>
    isSoundscapeId(source) ? [{ id: source, volume }] : [],
  ),
  gainDb: undefined,
}));
const rows: LoudnessRow[] = [];

afterAll(() => {
  // Printed on every run, so a re-tune reads the gains to use straight off the output.
  console.log(loudnessTable(rows));
});

describe(`played as the app plays them, at ${LOUDNESS_TARGET_LUFS} LUFS`, () => {
  it.each([...alone, ...presets])('$name', async ({ name, layers, gainDb }) => {
    const renders = [];
    for (const seed of SEEDS)
      renders.push(
        await renderAsPlayed(layers, { seconds: SECONDS, sampleRate: SAMPLE_RATE, seed }),
      );
    const lufs = renders.map((channels) => integratedLoudness(channels, SAMPLE_RATE));
    const row = {
      name,
      lufs: lufs.reduce((sum, value) => sum + value, 0) / lufs.length,
      truePeakDb: Math.max(...renders.map((channels) => truePeakDb(channels))),
      gainDb,
    };
    rows.push(row);
    expect
      .soft(Math.abs(row.lufs - LOUDNESS_TARGET_LUFS), `${row.lufs.toFixed(2)} LUFS`)
      .toBeLessThanOrEqual(TOLERANCE_LU);
    expect.soft(row.truePeakDb, 'true peak (dBTP)').toBeLessThan(TRUE_PEAK_LIMIT_DB);
  });
});
