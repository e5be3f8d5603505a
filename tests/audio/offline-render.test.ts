import { describe, expect, it } from 'vitest';

describe('OfflineAudioContext in Chromium', () => {
  it('renders a sine at the level it was given', async () => {
    const context = new OfflineAudioContext(1, 48_000, 48_000);
    const oscillator = new OscillatorNode(context, { frequency: 440 });
    const gain = new GainNode(context, { gain: 0.5 });
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    const buffer = await context.startRendering();
    const samples = buffer.getChannelData(0);
    const peak = samples.reduce((max, sample) => Math.max(max, Math.abs(sample)), 0);
    expect(peak).toBeGreaterThan(0.49);
    expect(peak).toBeLessThan(0.51);
  });
});
