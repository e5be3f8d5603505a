/** The filter shapes the soundscapes use (Robert Bristow-Johnson's cookbook). */
export type FilterType = 'lowpass' | 'highpass' | 'bandpass';

/**
 * A biquad filter for one or two channels (transposed direct form II). Coefficients are set
 * once per render quantum at most: cutoffs that wander move slowly, and a tight loop in the
 * worklet costs far less than a native node per filter.
 */
export class Biquad {
  #b0 = 1;
  #b1 = 0;
  #b2 = 0;
  #a1 = 0;
  #a2 = 0;
  readonly #state = new Float64Array(4);

  readonly #sampleRate: number;

  constructor(sampleRate: number, type?: FilterType, frequency?: number, q = Math.SQRT1_2) {
    this.#sampleRate = sampleRate;
    if (type && frequency) this.set(type, frequency, q);
  }

  /** Sets the shape; `q` is linear (0.707 is Butterworth; bandpass peaks at 0 dB). */
  set(type: FilterType, frequency: number, q = Math.SQRT1_2): this {
    const nyquistSafe = Math.min(Math.max(frequency, 10), this.#sampleRate * 0.49);
    const w0 = (2 * Math.PI * nyquistSafe) / this.#sampleRate;
    const cos = Math.cos(w0);
    const alpha = Math.sin(w0) / (2 * q);
    const a0 = 1 + alpha;
    if (type === 'lowpass') {
      this.#b0 = this.#b2 = (1 - cos) / 2 / a0;
      this.#b1 = (1 - cos) / a0;
    } else if (type === 'highpass') {
      this.#b0 = this.#b2 = (1 + cos) / 2 / a0;
      this.#b1 = -(1 + cos) / a0;
    } else {
      this.#b0 = alpha / a0;
      this.#b1 = 0;
      this.#b2 = -alpha / a0;
    }
    this.#a1 = (-2 * cos) / a0;
    this.#a2 = (1 - alpha) / a0;
    return this;
  }

  /** Filters `samples` in place; `channel` (0 or 1) picks the state to use. */
  process(samples: Float32Array, channel = 0): void {
    const b0 = this.#b0,
      b1 = this.#b1,
      b2 = this.#b2,
      a1 = this.#a1,
      a2 = this.#a2,
      state = this.#state;
    let z1 = state[channel * 2];
    let z2 = state[channel * 2 + 1];
    for (let i = 0; i < samples.length; i++) {
      const input = samples[i];
      const output = b0 * input + z1;
      z1 = b1 * input - a1 * output + z2;
      z2 = b2 * input - a2 * output;
      samples[i] = output;
    }
    // Flush denormals that a long silence would otherwise leave behind.
    state[channel * 2] = Math.abs(z1) < 1e-20 ? 0 : z1;
    state[channel * 2 + 1] = Math.abs(z2) < 1e-20 ? 0 : z2;
  }

  /** Filters a stereo pair in place. */
  processStereo(left: Float32Array, right: Float32Array): void {
    this.process(left, 0);
    this.process(right, 1);
  }
}
