import { describe, expect, it } from 'vitest';
import { integratedLoudness, kWeighting } from './loudness-meter';
import { truePeakDb } from './true-peak';

/** A sine of `frequency` Hz at `dbfs` peak, for `seconds`, starting at `phase` radians. */
function sine(frequency: number, dbfs: number, seconds: number, sampleRate: number, phase = 0) {
  const amplitude = Math.pow(10, dbfs / 20);
  return Float32Array.from(
    { length: Math.round(seconds * sampleRate) },
    (_, i) => amplitude * Math.sin((2 * Math.PI * frequency * i) / sampleRate + phase),
  );
}

/** EBU Tech 3341's tolerance for a loudness meter: ±0.1 LU. */
const expectLu = (measured: number, expected: number) =>
  expect(Math.abs(measured - expected), `${measured.toFixed(3)} LUFS`).toBeLessThanOrEqual(0.1);

const joined = (...parts: Float32Array[]) => {
  const out = new Float32Array(parts.reduce((sum, part) => sum + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
};

describe('the BS.1770-4 loudness meter', () => {
  it('computes the K-weighting the standard tabulates for 48 kHz', () => {
    const [shelf, highPass] = kWeighting(48_000);
    const expected = [1.53512485958697, -2.69169618940638, 1.19839281085285];
    shelf.b.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 8));
    expect(shelf.a[1]).toBeCloseTo(-1.69065929318241, 8);
    expect(shelf.a[2]).toBeCloseTo(0.73248077421585, 8);
    expect(highPass.a[1]).toBeCloseTo(-1.99004745483398, 8);
    expect(highPass.a[2]).toBeCloseTo(0.99007225036621, 8);
  });

  it.each([48_000, 44_100])(
    'reads a full-scale 1 kHz sine at %i Hz as the standard says',
    (rate) => {
      const tone = sine(1000, 0, 10, rate);
      const silence = new Float32Array(tone.length);
      // BS.1770-4 §2.1 (calibration): 0 dBFS at 1 kHz in one channel reads -3.01 LKFS. In both
      // channels the powers add: +3.01, so 0.00 LKFS.
      expectLu(integratedLoudness([tone, silence], rate), -3.01);
      expectLu(integratedLoudness([tone, tone], rate), 0);
      expectLu(integratedLoudness([tone], rate), -3.01);
    },
  );

  it('weights low sounds down and high sounds up (K-weighting)', () => {
    // A one-channel sine reads -3.70 LKFS plus the filter's gain at its frequency.
    const gainAt = (hz: number) => integratedLoudness([sine(hz, 0, 5, 48_000)], 48_000) + 3.701;
    expectLu(gainAt(1000), 0.7);
    expectLu(gainAt(100), -1.13);
    expectLu(gainAt(10_000), 4.04);
    expect(gainAt(25)).toBeLessThan(-9);
  });

  it('gates out silence and quiet passages (EBU Tech 3341, cases 1 and 3)', () => {
    const rate = 48_000;
    const steady = sine(1000, -23, 20, rate);
    expectLu(integratedLoudness([steady, steady], rate), -23);
    const gappy = joined(new Float32Array(10 * rate), steady, new Float32Array(10 * rate));
    expectLu(integratedLoudness([gappy, gappy], rate), -23);
    const quiet = sine(1000, -36, 10, rate);
    const varying = joined(quiet, sine(1000, -23, 60, rate), quiet);
    expectLu(integratedLoudness([varying, varying], rate), -23);
  });

  it('finds the true peak between samples', () => {
    // A quarter-rate sine sampled 45° off its crests: every sample is at ±0.707 (-3 dB),
    // but the wave between them reaches 1.
    const tone = sine(12_000, 0, 1, 48_000, Math.PI / 4);
    expect(Math.max(...tone.map(Math.abs))).toBeCloseTo(Math.SQRT1_2, 3);
    expectLu(truePeakDb([tone]), 0);
    expectLu(truePeakDb([sine(997, -6, 1, 48_000)]), -6);
  });
});
