/**
 * A small, fast, seeded random source (xorshift32). The same seed gives the same sound, so
 * acoustic tests are repeatable; the app passes a fresh seed each time.
 */
export class Random {
  #state: number;

  constructor(seed: number) {
    // Spread small or similar seeds (murmur3's finaliser); xorshift must never start at zero.
    let state = Math.imul((seed | 0) ^ 0x9e3779b9, 0x85ebca6b);
    state ^= state >>> 13;
    state = Math.imul(state, 0xc2b2ae35);
    state ^= state >>> 16;
    this.#state = state === 0 ? 0x6d2b79f5 : state;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    let state = this.#state;
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    this.#state = state;
    return (state >>> 0) * 2.3283064365386963e-10;
  }

  /** A uniform number in [low, high). */
  between(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  /**
   * Fills `target` with uniform noise in [-scale, scale). The state stays in a local
   * variable for the whole loop: this is the hot path of every noise in the renderer.
   */
  fill(target: Float32Array, scale: number): void {
    let state = this.#state;
    const step = scale * 4.656612873077393e-10;
    for (let i = 0; i < target.length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      target[i] = state * step;
    }
    this.#state = state;
  }

  /** Samples until the next event of a Poisson process with `perSecond` events a second. */
  interval(perSecond: number, sampleRate: number): number {
    return Math.max(1, Math.round((-Math.log(1 - this.next()) * sampleRate) / perSecond));
  }
}

/**
 * The amplitude of uniform noise that has, at any sample rate, the spectral density that
 * unit-range noise has at 48 kHz: filtered sounds keep their level on 44.1 kHz devices.
 */
export function whiteScale(sampleRate: number): number {
  return Math.sqrt(sampleRate / 48_000);
}
