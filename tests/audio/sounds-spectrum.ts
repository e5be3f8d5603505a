// Spectra of rendered samples: FFT, power spectral density, spectral slope, and how a
// band's level and centre move over time. Plain maths over Float32Arrays.

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
