// Measurements for the acoustic tests: levels, clicks, spectra and envelopes of rendered
// samples. Plain maths over Float32Arrays, so what is asserted is what a listener would get.
import {
  loadSoundWorklet,
  type SoundscapeBuilder,
  type SoundscapeOptions,
} from '../../src/lib/audio/soundscape';

/** Renders a soundscape alone in a stereo OfflineAudioContext. */
export async function renderSoundscape(
  build: SoundscapeBuilder,
  {
    seconds,
    sampleRate,
    options,
  }: { seconds: number; sampleRate: number; options?: SoundscapeOptions },
): Promise<AudioBuffer> {
  const context = new OfflineAudioContext(2, Math.round(seconds * sampleRate), sampleRate);
  await loadSoundWorklet(context);
  build(context, context.destination, options);
  return context.startRendering();
}

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

/** In-place radix-2 FFT of (re, im); length must be a power of two. */
export function fft(re: Float64Array, im: Float64Array): void {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let length = 2; length <= n; length <<= 1) {
    const angle = (-2 * Math.PI) / length;
    const wRe = Math.cos(angle);
    const wIm = Math.sin(angle);
    for (let start = 0; start < n; start += length) {
      let uRe = 1;
      let uIm = 0;
      for (let k = 0; k < length / 2; k++) {
        const a = start + k;
        const b = a + length / 2;
        const tRe = re[b] * uRe - im[b] * uIm;
        const tIm = re[b] * uIm + im[b] * uRe;
        re[b] = re[a] - tRe;
        im[b] = im[a] - tIm;
        re[a] += tRe;
        im[a] += tIm;
        const next = uRe * wRe - uIm * wIm;
        uIm = uRe * wIm + uIm * wRe;
        uRe = next;
      }
    }
  }
}

/**
 * Welch's power spectral density: Hann-windowed segments of `size`, half overlapping,
 * averaged. Returns power per bin (bin k is k·sampleRate/size Hz).
 */
export function welch(samples: Float32Array, size: number): Float64Array {
  const window = Float64Array.from(
    { length: size },
    (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / size),
  );
  const power = new Float64Array(size / 2);
  let segments = 0;
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  for (let start = 0; start + size <= samples.length; start += size / 2) {
    for (let i = 0; i < size; i++) {
      re[i] = samples[start + i] * window[i];
      im[i] = 0;
    }
    fft(re, im);
    for (let k = 0; k < size / 2; k++) power[k] += re[k] * re[k] + im[k] * im[k];
    segments++;
  }
  for (let k = 0; k < power.length; k++) power[k] /= segments;
  return power;
}

/** Mean power density (per bin) between two frequencies, in dB. */
export function bandDensityDb(
  psd: Float64Array,
  sampleRate: number,
  lowHz: number,
  highHz: number,
): number {
  const binHz = sampleRate / (psd.length * 2);
  const from = Math.max(1, Math.ceil(lowHz / binHz));
  const to = Math.min(psd.length - 1, Math.floor(highHz / binHz));
  let sum = 0;
  for (let k = from; k <= to; k++) sum += psd[k];
  return 10 * Math.log10(sum / (to - from + 1));
}

/**
 * The spectral slope in dB per octave between two frequencies: a least-squares line through
 * the density of third-octave bands against log2 frequency.
 */
export function slopeDbPerOctave(
  psd: Float64Array,
  sampleRate: number,
  lowHz: number,
  highHz: number,
): { slope: number; worstDeviation: number } {
  const points: [number, number][] = [];
  for (let f = lowHz; f * Math.pow(2, 1 / 3) <= highHz * 1.0001; f *= Math.pow(2, 1 / 3)) {
    const top = f * Math.pow(2, 1 / 3);
    points.push([Math.log2(Math.sqrt(f * top)), bandDensityDb(psd, sampleRate, f, top)]);
  }
  const n = points.length;
  const meanX = points.reduce((s, [x]) => s + x, 0) / n;
  const meanY = points.reduce((s, [, y]) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - meanX) * (y - meanY);
    sxx += (x - meanX) ** 2;
  }
  const slope = sxy / sxx;
  const worstDeviation = Math.max(
    ...points.map(([x, y]) => Math.abs(y - (meanY + slope * (x - meanX)))),
  );
  return { slope, worstDeviation };
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
 * The power in a frequency band, frame by frame (Hann-windowed FFT of `size` samples every
 * `hop`), in dB: how a band's level moves over time.
 */
export function bandEnvelopeDb(
  samples: Float32Array,
  sampleRate: number,
  lowHz: number,
  highHz: number,
  size = 256,
  hop = 128,
): number[] {
  const window = Float64Array.from(
    { length: size },
    (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / size),
  );
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  const from = Math.max(1, Math.round((lowHz * size) / sampleRate));
  const to = Math.min(size / 2 - 1, Math.round((highHz * size) / sampleRate));
  const levels: number[] = [];
  for (let start = 0; start + size <= samples.length; start += hop) {
    for (let i = 0; i < size; i++) {
      re[i] = samples[start + i] * window[i];
      im[i] = 0;
    }
    fft(re, im);
    let sum = 0;
    for (let k = from; k <= to; k++) sum += re[k] * re[k] + im[k] * im[k];
    levels.push(10 * Math.log10(sum + 1e-24));
  }
  return levels;
}

/**
 * The centre of a band's energy, frame by frame: the power-weighted mean of log2(frequency)
 * between `lowHz` and `highHz`, returned in Hz. Frames are `size` samples, back to back.
 */
export function centreHz(
  samples: Float32Array,
  sampleRate: number,
  lowHz: number,
  highHz: number,
  size: number,
): number[] {
  const window = Float64Array.from(
    { length: size },
    (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / size),
  );
  const re = new Float64Array(size);
  const im = new Float64Array(size);
  const from = Math.max(1, Math.round((lowHz * size) / sampleRate));
  const to = Math.min(size / 2 - 1, Math.round((highHz * size) / sampleRate));
  const centres: number[] = [];
  for (let start = 0; start + size <= samples.length; start += size) {
    for (let i = 0; i < size; i++) {
      re[i] = samples[start + i] * window[i];
      im[i] = 0;
    }
    fft(re, im);
    let weight = 0;
    let sum = 0;
    for (let k = from; k <= to; k++) {
      const power = re[k] * re[k] + im[k] * im[k];
      weight += power;
      sum += power * Math.log2((k * sampleRate) / size);
    }
    centres.push(Math.pow(2, sum / weight));
  }
  return centres;
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
