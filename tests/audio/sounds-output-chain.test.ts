import { describe, expect, it } from 'vitest';
import { createOutputChain, safetyCurve, volumeGain } from '../../src/lib/audio/output-chain';
import { fadeInCurve } from '../../src/lib/audio/sleep-fade';
import { soundscapeIds } from '../../src/lib/audio/soundscape-ids';
import { createOfflineMix, layerOf, renderStepped } from './render-chunked';
import { channelsOf, clickRatio, peak, rmsDb } from './sounds-measure';

const SAMPLE_RATE = 48_000;

describe('the output chain', () => {
  it('mixes layers, fading one in and another out mid-play without a click', async () => {
    const context = new OfflineAudioContext(2, 12 * SAMPLE_RATE, SAMPLE_RATE);
    const chain = createOutputChain(context, context.destination, 0.9);
    chain.transport.gain.value = 1;
    const mix = createOfflineMix(context, chain.input);
    mix.add(layerOf('rain', volumeGain(0.7)), 0);
    // Changes at exact render times, as a person's taps would make them while playing, and as
    // the engine's layers (layer-set.ts) pass them to the mix.
    const channels = channelsOf(
      await renderStepped(context, {
        4: () => mix.add(layerOf('wind', volumeGain(0.6)), 1.5),
        8: () => {
          mix.setGain('rain', 0, 1.5);
          mix.remove('rain', context.currentTime + 1.5);
        },
      }),
    );
    expect(clickRatio(channels, SAMPLE_RATE).ratio).toBeLessThanOrEqual(3);
    expect(peak(channels)).toBeLessThan(1);
    expect(rmsDb(channels, 10 * SAMPLE_RATE, 12 * SAMPLE_RATE)).toBeGreaterThan(-50);
    expect(chain.level()).toBeGreaterThan(-60);
  });

  it('never clips, even with every soundscape and the master turned all the way up', async () => {
    const context = new OfflineAudioContext(2, 10 * SAMPLE_RATE, SAMPLE_RATE);
    const chain = createOutputChain(context, context.destination, 1);
    chain.transport.gain.value = 1;
    const mix = createOfflineMix(context, chain.input);
    for (const id of soundscapeIds) mix.add(layerOf(id), 0);
    const channels = channelsOf(await renderStepped(context));
    expect(peak(channels)).toBeLessThanOrEqual(1);
    expect(rmsDb(channels)).toBeGreaterThan(-15);
  });

  it('leaves ordinary levels untouched and rounds off only above ±0.8', () => {
    const curve = safetyCurve();
    const at = (input: number) => curve[Math.round(((input + 2) / 4) * (curve.length - 1))];
    expect(at(0)).toBe(0);
    expect(at(0.5)).toBeCloseTo(0.5, 3);
    expect(at(-0.8)).toBeCloseTo(-0.8, 3);
    expect(at(1.2)).toBeGreaterThan(0.8);
    expect(at(2)).toBeLessThan(1);
  });

  it('fades in from silence along the mirrored fade curve', () => {
    const curve = fadeInCurve(20);
    expect(curve[0]).toBe(0);
    expect(curve[19]).toBe(1);
    curve.slice(1).forEach((value, i) => expect(value).toBeGreaterThan(curve[i]));
  });
});
