import { describe, expect, it } from 'vitest';
import { encodeWav } from '../../src/lib/audio/wav';

describe('the WAV encoder (for the lock screen’s companion element)', () => {
  it('writes 16-bit PCM that Chromium decodes back to the same samples', async () => {
    const rate = 8000;
    const samples = Float32Array.from(
      { length: rate },
      (_, i) => Math.sin((2 * Math.PI * 440 * i) / rate) * 0.5,
    );
    const context = new OfflineAudioContext(1, 1, rate);
    const decoded = await context.decodeAudioData(encodeWav(samples, rate));
    expect(decoded.sampleRate).toBe(rate);
    expect(decoded.length).toBe(rate);
    const back = decoded.getChannelData(0);
    const worst = samples.reduce((max, sample, i) => Math.max(max, Math.abs(sample - back[i])), 0);
    expect(worst).toBeLessThan(2 / 32768);
  });
});
