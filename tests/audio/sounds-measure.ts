// Measurements for the acoustic tests: levels, clicks and envelopes of rendered samples
// (spectra are in sounds-spectrum.ts, loudness in loudness-meter.ts). Plain maths over
// Float32Arrays, so what is asserted is what a listener would get.

/** Both channels of a buffer. */
export function channelsOf(buffer: AudioBuffer): Float32Array[] {
  return Array.from({ length: buffer.numberOfChannels }, (_, c) => buffer.getChannelData(c));
}

/** Decibels of a linear amplitude. */
export const toDb = (amplitude: number) => 20 * Math.log10(Math.max(amplitude, 1e-12));

/** RMS over all channels, in dBFS. */
export function rmsDb(channels: Float32Array[], from = 0, to = channels[0].length): number {
  let sum = 0;
  for (const channel of channels) for (let i = from; i < to; i++) sum += channel[i] * channel[i];
  return 10 * Math.log10(Math.max(sum / (channels.length * (to - from)), 1e-24));
}

/** The largest absolute sample over all channels. */
export function peak(channels: Float32Array[], from = 0, to = channels[0].length): number {
  let max = 0;
  for (const channel of channels)
    for (let i = from; i < to; i++) max = Math.max(max, Math.abs(channel[i]));
  return max;
}

/**
 * Clicks: the largest sample-to-sample jump anywhere, against the median of the largest jump
 * in each `windowSeconds` window ("elsewhere"). A click is a jump far above what the sound's
 * own texture produces; loop seams and scheduling steps show up as exactly that.
 */
export function clickRatio(
  channels: Float32Array[],
  sampleRate: number,
  windowSeconds = 0.1,
): { largest: number; typical: number; ratio: number; at: number } {
  const size = Math.round(windowSeconds * sampleRate);
  const maxima: number[] = [];
  let largest = 0;
  let at = 0;
  for (let start = 1; start + size <= channels[0].length; start += size) {
    let windowMax = 0;
    for (const channel of channels)
      for (let i = start; i < start + size; i++) {
        const jump = Math.abs(channel[i] - channel[i - 1]);
        if (jump > windowMax) windowMax = jump;
        if (jump > largest) {
          largest = jump;
          at = i / sampleRate;
        }
      }
    maxima.push(windowMax);
  }
  const typical = median(maxima);
  return { largest, typical, ratio: largest / typical, at };
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value below which `fraction` of the values lie. */
export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

/** Short-term level in dB: RMS of both channels over consecutive windows. */
export function envelopeDb(channels: Float32Array[], sampleRate: number, windowSeconds: number) {
  const size = Math.round(windowSeconds * sampleRate);
  const levels: number[] = [];
  for (let start = 0; start + size <= channels[0].length; start += size)
    levels.push(rmsDb(channels, start, start + size));
  return levels;
}

/** Normalised autocorrelation of a sequence (mean removed) at each lag up to `maxLag`. */
export function autocorrelation(values: number[], maxLag: number): number[] {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const centred = values.map((v) => v - mean);
  const energy = centred.reduce((s, v) => s + v * v, 0);
  return Array.from({ length: maxLag + 1 }, (_, lag) => {
    let sum = 0;
    for (let i = 0; i + lag < centred.length; i++) sum += centred[i] * centred[i + lag];
    return sum / energy;
  });
}

/** A mono mix of the channels. */
export function mono(channels: Float32Array[]): Float32Array {
  const out = new Float32Array(channels[0].length);
  for (const channel of channels)
    for (let i = 0; i < out.length; i++) out[i] += channel[i] / channels.length;
  return out;
}

/** A one-pole high-pass (for transient detection), returned as a new array. */
export function highPass(
  samples: Float32Array,
  sampleRate: number,
  cornerHz: number,
): Float32Array {
  const a = Math.exp((-2 * Math.PI * cornerHz) / sampleRate);
  const out = new Float32Array(samples.length);
  let previousIn = 0;
  let previousOut = 0;
  for (let i = 0; i < samples.length; i++) {
    previousOut = a * (previousOut + samples[i] - previousIn);
    previousIn = samples[i];
    out[i] = previousOut;
  }
  return out;
}

/**
 * Events in an envelope (dB per frame): runs of frames at least `aboveDb` over the
 * envelope's median, separated by at least one frame below it. Returns each run's length.
 */
export function eventsIn(envelope: number[], aboveDb: number): number[] {
  const threshold = median(envelope) + aboveDb;
  const runs: number[] = [];
  let run = 0;
  for (const level of envelope) {
    if (level >= threshold) run++;
    else if (run > 0) {
      runs.push(run);
      run = 0;
    }
  }
  if (run > 0) runs.push(run);
  return runs;
}
