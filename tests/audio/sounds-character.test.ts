import { describe, expect, it } from 'vitest';
import {
  autocorrelation,
  channelsOf,
  envelopeDb,
  eventsIn,
  median,
  mono,
  percentile,
} from './sounds-measure';
import { renderSoundscape } from './render-chunked';
import { bandDensityDb, bandEnvelopeDb, centreHz, welch } from './sounds-spectrum';

describe('each soundscape has its own character', () => {
  it('surf swells every 6-14 s, at least 8 dB from crest to trough', async () => {
    const sampleRate = 22_050;
    const buffer = await renderSoundscape('surf', { seconds: 150, sampleRate });
    const frameSeconds = 0.25;
    const envelope = envelopeDb(channelsOf(buffer), sampleRate, frameSeconds);
    const correlation = autocorrelation(envelope, Math.round(20 / frameSeconds));
    const searchFrom = Math.round(4 / frameSeconds);
    let bestLag = searchFrom;
    for (let lag = searchFrom; lag < correlation.length; lag++)
      if (correlation[lag] > correlation[bestLag]) bestLag = lag;
    const period = bestLag * frameSeconds;
    expect(period, 'swell period (s)').toBeGreaterThanOrEqual(6);
    expect(period, 'swell period (s)').toBeLessThanOrEqual(14);

    // Crest to trough, wave by wave: the range of the envelope in each period-long stretch.
    const ranges: number[] = [];
    for (let start = 0; start + bestLag <= envelope.length; start += bestLag) {
      const stretch = envelope.slice(start, start + bestLag);
      ranges.push(Math.max(...stretch) - Math.min(...stretch));
    }
    expect(median(ranges), 'crest to trough (dB)').toBeGreaterThanOrEqual(8);
  });

  it('wind comes in slow gusts and its band wanders', async () => {
    const sampleRate = 22_050;
    const buffer = await renderSoundscape('wind', { seconds: 120, sampleRate });
    const channels = channelsOf(buffer);
    const centres = centreHz(mono(channels), sampleRate, 100, 3000, 8192);
    const wander = Math.log2(percentile(centres, 0.9) / percentile(centres, 0.1));
    expect(wander, 'centre wander, 10th to 90th percentile (octaves)').toBeGreaterThanOrEqual(0.5);

    const envelope = envelopeDb(channels, sampleRate, 0.25);
    console.log(
      'wind',
      wander,
      percentile(envelope, 0.9) - percentile(envelope, 0.1),
      autocorrelation(envelope, 4)[4],
    );
    expect(
      percentile(envelope, 0.9) - percentile(envelope, 0.1),
      'gust range (dB)',
    ).toBeGreaterThan(5);
    // Slow: the level a second later still follows the level now.
    expect(autocorrelation(envelope, 4)[4], 'envelope correlation over 1 s').toBeGreaterThan(0.6);
  });

  it('rain is broadband with many small transients a second', async () => {
    const sampleRate = 48_000;
    const seconds = 20;
    const buffer = await renderSoundscape('rain', { seconds, sampleRate });
    const samples = mono(channelsOf(buffer));
    const psd = welch(samples, 4096);
    const octaves = [250, 500, 1000, 2000, 4000].map((low) =>
      bandDensityDb(psd, sampleRate, low, low * 2),
    );
    // Energy per octave (density plus 3 dB per octave of bandwidth) within 12 dB across
    // 250 Hz to 8 kHz: broadband, not a hiss or a rumble.
    const perOctave = octaves.map((density, i) => density + 3.01 * i);
    expect(Math.max(...perOctave) - Math.min(...perOctave), 'octave spread (dB)').toBeLessThan(12);

    // Transients: 2.7 ms frames of the 2-10 kHz band rising 6 dB over the median.
    const envelope = bandEnvelopeDb(samples, sampleRate, 2000, 10_000);
    const transients = eventsIn(envelope, 6);
    console.log(
      'rain',
      transients.length / seconds,
      Math.max(...transients),
      Math.max(...envelope) - median(envelope),
    );
    expect(transients.length / seconds, 'transients per second').toBeGreaterThanOrEqual(15);
    // Small: short ticks (the typical one over within 10 ms), none towering over the rest.
    expect(median(transients) * (128 / sampleRate), 'typical transient (s)').toBeLessThan(0.01);
    expect(Math.max(...envelope) - median(envelope), 'largest transient (dB)').toBeLessThan(20);
  });

  it('the night has cricket chirps: pulses near 4-5 kHz', async () => {
    const sampleRate = 48_000;
    const seconds = 20;
    const buffer = await renderSoundscape('night', { seconds, sampleRate });
    const samples = mono(channelsOf(buffer));
    const psd = welch(samples, 4096);
    const crickets = bandDensityDb(psd, sampleRate, 4000, 5000);
    expect(
      crickets - bandDensityDb(psd, sampleRate, 2500, 3200),
      'over 2.5-3.2 kHz',
    ).toBeGreaterThan(12);
    expect(crickets - bandDensityDb(psd, sampleRate, 6500, 8000), 'over 6.5-8 kHz').toBeGreaterThan(
      12,
    );

    // Pulses: 5.3 ms frames of the 4-5 kHz band, 6 dB over its median, lasting 5-30 ms.
    const envelope = bandEnvelopeDb(samples, sampleRate, 4000, 5000, 512, 256);
    const pulses = eventsIn(envelope, 6);
    expect(pulses.length / seconds, 'pulses per second').toBeGreaterThanOrEqual(4);
    expect(median(pulses) * (256 / sampleRate), 'typical pulse (s)').toBeLessThan(0.03);
  });

  it('the fire crackles over a low roar', async () => {
    const sampleRate = 48_000;
    const seconds = 20;
    const buffer = await renderSoundscape('fire', { seconds, sampleRate });
    const samples = mono(channelsOf(buffer));
    const psd = welch(samples, 4096);
    // The roar: most energy density below 400 Hz.
    expect(
      bandDensityDb(psd, sampleRate, 60, 400) - bandDensityDb(psd, sampleRate, 1000, 4000),
    ).toBeGreaterThan(10);
    const crackles = eventsIn(bandEnvelopeDb(samples, sampleRate, 1500, 6000), 8);
    expect(crackles.length / seconds, 'crackles per second').toBeGreaterThanOrEqual(5);
  });

  it('the stream babbles: bubbles between about 0.5 and 2 kHz', async () => {
    const sampleRate = 48_000;
    const seconds = 20;
    const buffer = await renderSoundscape('stream', { seconds, sampleRate });
    const samples = mono(channelsOf(buffer));
    const psd = welch(samples, 4096);
    const bubbles = bandDensityDb(psd, sampleRate, 500, 2000);
    expect(bubbles - bandDensityDb(psd, sampleRate, 4000, 8000)).toBeGreaterThan(12);
    const envelope = bandEnvelopeDb(samples, sampleRate, 500, 2000, 512, 256);
    // Babble, not a steady hiss: the band's level moves several dB from frame to frame.
    expect(percentile(envelope, 0.9) - percentile(envelope, 0.1)).toBeGreaterThan(6);
  });
});
