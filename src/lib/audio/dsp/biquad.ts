/** The filter shapes the soundscapes use (Robert Bristow-Johnson's cookbook). */
export type FilterType = 'lowpass' | 'highpass' | 'bandpass';

/**
 * A biquad filter for one or two channels (transposed direct form II). Coefficients are set
 * once per render quantum at most: cutoffs that wander move slowly, and a tight loop in the
 * renderer costs far less than a native node per filter.
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
    state[channel * 2] = flush(z1);
    state[channel * 2 + 1] = flush(z2);
  }

  /** Filters a stereo pair in place, both channels in one pass (half the loop overhead). */
  processStereo(left: Float32Array, right: Float32Array): void {
    const b0 = this.#b0,
      b1 = this.#b1,
      b2 = this.#b2,
      a1 = this.#a1,
      a2 = this.#a2,
      state = this.#state;
    let l1 = state[0],
      l2 = state[1],
      r1 = state[2],
      r2 = state[3];
    for (let i = 0; i < left.length; i++) {
      const inLeft = left[i];
      const outLeft = b0 * inLeft + l1;
      l1 = b1 * inLeft - a1 * outLeft + l2;
      l2 = b2 * inLeft - a2 * outLeft;
      left[i] = outLeft;
      const inRight = right[i];
      const outRight = b0 * inRight + r1;
      r1 = b1 * inRight - a1 * outRight + r2;
      r2 = b2 * inRight - a2 * outRight;
      right[i] = outRight;
    }
    state[0] = flush(l1);
    state[1] = flush(l2);
    state[2] = flush(r1);
    state[3] = flush(r2);
  }
}

// Flushes denormals that a long silence would otherwise leave behind.
const flush = (value: number) => (Math.abs(value) < 1e-20 ? 0 : value);
