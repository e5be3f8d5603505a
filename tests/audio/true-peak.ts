// True peak (ITU-R BS.1770-4, Annex 2): the largest level of the signal between samples as
// well as at them, found by 4x oversampling. A DAC reconstructs those in-between peaks, so
// they, not the sample peak, decide whether a phone's output stage clips.

const OVERSAMPLING = 4;
/** Taps either side of each in-between point: enough that a sine's peak is found within 0.1 dB. */
const HALF_TAPS = 8;

const sinc = (x: number) => (x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x));

/** Windowed-sinc taps that interpolate the point `fraction` of a sample after sample 0. */
function interpolator(fraction: number): Float64Array {
  const taps = Float64Array.from({ length: 2 * HALF_TAPS }, (_, k) => {
    const distance = k - HALF_TAPS + 1 - fraction;
    const hann = 0.5 + 0.5 * Math.cos((Math.PI * distance) / HALF_TAPS);
    return sinc(distance) * hann;
  });
  const sum = taps.reduce((total, tap) => total + tap, 0);
  return taps.map((tap) => tap / sum);
}

/** The true peak over all channels, in dBTP (dB relative to full scale). */
export function truePeakDb(channels: Float32Array[]): number {
  const phases = Array.from({ length: OVERSAMPLING - 1 }, (_, p) =>
    interpolator((p + 1) / OVERSAMPLING),
  );
  let peak = 0;
  for (const channel of channels) {
    for (let i = 0; i < channel.length; i++) peak = Math.max(peak, Math.abs(channel[i]));
    for (let i = HALF_TAPS - 1; i + HALF_TAPS < channel.length; i++)
      for (const taps of phases) {
        let value = 0;
        const start = i - HALF_TAPS + 1;
        for (let k = 0; k < taps.length; k++) value += taps[k] * channel[start + k];
        peak = Math.max(peak, Math.abs(value));
      }
  }
  return 20 * Math.log10(Math.max(peak, 1e-12));
}
