import { describe, expect, it } from 'vitest';
import type { SoundscapeId } from '../../src/lib/audio/soundscape-ids';
import { renderSoundscape } from './render-chunked';
import { channelsOf } from './sounds-measure';
import { slopeDbPerOctave, welch } from './sounds-spectrum';

const SAMPLE_RATE = 48_000;

async function spectrum(id: SoundscapeId) {
  const buffer = await renderSoundscape(id, { seconds: 40, sampleRate: SAMPLE_RATE });
  // Both channels are independent noise: average their spectra.
  const [left, right] = channelsOf(buffer).map((channel) => welch(channel, 8192));
  const psd = left.map((value, k) => (value + right[k]) / 2);
  return slopeDbPerOctave(psd, SAMPLE_RATE, 100, 5000);
}

describe('noise colours between 100 Hz and 5 kHz', () => {
  it('pink noise falls 3 dB per octave (±1)', async () => {
    const { slope, worstDeviation } = await spectrum('pink');
    expect(slope).toBeGreaterThanOrEqual(-4);
    expect(slope).toBeLessThanOrEqual(-2);
    expect(worstDeviation, 'largest third-octave deviation from the line').toBeLessThan(1);
  });

  it('brown noise falls 6 dB per octave (±1.5)', async () => {
    const { slope, worstDeviation } = await spectrum('brown');
    expect(slope).toBeGreaterThanOrEqual(-7.5);
    expect(slope).toBeLessThanOrEqual(-4.5);
    expect(worstDeviation, 'largest third-octave deviation from the line').toBeLessThan(1.5);
  });

  it('white noise is flat (±1.5 dB)', async () => {
    const { slope, worstDeviation } = await spectrum('white');
    // Over the 5.6 octaves from 100 Hz to 5 kHz, ±0.25 dB per octave stays within ±1.5 dB.
    expect(Math.abs(slope)).toBeLessThan(0.25);
    expect(worstDeviation, 'largest third-octave deviation from flat').toBeLessThan(1.5);
  });
});
