import { whiteScale, type Random } from './random';

// Paul Kellet's refined pink filter (musicdsp.org), made for 44.1 kHz: five one-pole
// stages whose sum falls at 3 dB per octave, within ±0.05 dB above 9 Hz.
const PINK_POLES = [0.99886, 0.99332, 0.969, 0.8665, 0.55];
const PINK_GAINS = [0.0555179, 0.0750759, 0.153852, 0.3104856, 0.5329522];
// Brings Kellet's sum (about 1.2 RMS for unit-range input) near unit level.
const PINK_LEVEL = 0.2;
// Kellet's economy filter.
const QUICK_POLES = [0.99765, 0.963, 0.57];
const QUICK_GAINS = [0.099046, 0.2965164, 1.0526913];
// Brings the economy sum (about 1.1 RMS for unit-range input) to the refined one's level.
const QUICK_LEVEL = 0.22;
// Brown: a leaky integrator. The leak sits far below hearing, so nothing drifts to DC.
const BROWN_LEAK_HZ = 5;
const BROWN_GAIN_48K = 0.02;

/** White noise: every channel independent, the same density at every sample rate. */
export class WhiteNoise {
  readonly #scale: number;

  readonly #random: Random;

  constructor(sampleRate: number, random: Random) {
    this.#random = random;
    this.#scale = whiteScale(sampleRate);
  }

  /** Overwrites `out` with fresh noise. */
  fill(out: Float32Array): void {
    this.#random.fill(out, this.#scale);
  }
}

/** Pink noise for one channel. */
export class PinkNoise {
  readonly #poles: number[];
  readonly #gains: number[];
  readonly #state = new Float64Array(7);
  readonly #white: WhiteNoise;

  constructor(sampleRate: number, random: Random) {
    this.#white = new WhiteNoise(sampleRate, random);
    // Keep each stage's corner (in Hz) and its DC gain at any sample rate.
    const ratio = 44_100 / sampleRate;
    this.#poles = PINK_POLES.map((pole) => Math.pow(pole, ratio));
    this.#gains = PINK_GAINS.map((gain, i) => (gain * (1 - this.#poles[i])) / (1 - PINK_POLES[i]));
  }

  /** Overwrites `out` with the next block. */
  fill(out: Float32Array): void {
    this.#white.fill(out);
    const [p0, p1, p2, p3, p4] = this.#poles;
    const [g0, g1, g2, g3, g4] = this.#gains;
    const s = this.#state;
    let b0 = s[0],
      b1 = s[1],
      b2 = s[2],
      b3 = s[3],
      b4 = s[4],
      b5 = s[5],
      b6 = s[6];
    for (let i = 0; i < out.length; i++) {
      const white = out[i];
      b0 = p0 * b0 + white * g0;
      b1 = p1 * b1 + white * g1;
      b2 = p2 * b2 + white * g2;
      b3 = p3 * b3 + white * g3;
      b4 = p4 * b4 + white * g4;
      b5 = -0.7616 * b5 - white * 0.016898;
      out[i] = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + white * 0.5362) * PINK_LEVEL;
      b6 = white * 0.115926;
    }
    s[0] = b0;
    s[1] = b1;
    s[2] = b2;
    s[3] = b3;
    s[4] = b4;
    s[5] = b5;
    s[6] = b6;
  }
}

/**
 * Pink noise for one channel by Kellet's economy filter (three stages, ±0.5 dB above 9 Hz):
 * for beds that are band-passed anyway, where the refined filter's extra precision is lost.
 */
export class QuickPinkNoise {
  readonly #poles: number[];
  readonly #gains: number[];
  readonly #state = new Float64Array(3);
  readonly #white: WhiteNoise;

  constructor(sampleRate: number, random: Random) {
    this.#white = new WhiteNoise(sampleRate, random);
    const ratio = 44_100 / sampleRate;
    this.#poles = QUICK_POLES.map((pole) => Math.pow(pole, ratio));
    this.#gains = QUICK_GAINS.map(
      (gain, i) => (gain * (1 - this.#poles[i])) / (1 - QUICK_POLES[i]),
    );
  }

  /** Overwrites `out` with the next block. */
  fill(out: Float32Array): void {
    this.#white.fill(out);
    const [p0, p1, p2] = this.#poles;
    const [g0, g1, g2] = this.#gains;
    const s = this.#state;
    let b0 = s[0],
      b1 = s[1],
      b2 = s[2];
    for (let i = 0; i < out.length; i++) {
      const white = out[i];
      b0 = p0 * b0 + white * g0;
      b1 = p1 * b1 + white * g1;
      b2 = p2 * b2 + white * g2;
      out[i] = (b0 + b1 + b2 + white * 0.1848) * QUICK_LEVEL;
    }
    s[0] = b0;
    s[1] = b1;
    s[2] = b2;
  }
}

/** Brown (red) noise for one channel: integrated white, -6 dB per octave. */
export class BrownNoise {
  readonly #leak: number;
  readonly #gain: number;
  #level = 0;
  readonly #white: WhiteNoise;

  /** `leakHz`: below it the slope levels off (so nothing builds up far below hearing). */
  constructor(sampleRate: number, random: Random, leakHz = BROWN_LEAK_HZ) {
    this.#white = new WhiteNoise(sampleRate, random);
    this.#leak = Math.exp((-2 * Math.PI * leakHz) / sampleRate);
    // The integrator's gain falls with the sample rate, so the density in Hz stays put.
    this.#gain = (BROWN_GAIN_48K * 48_000) / sampleRate;
  }

  /** Overwrites `out` with the next block. */
  fill(out: Float32Array): void {
    this.#white.fill(out);
    const leak = this.#leak,
      gain = this.#gain;
    let level = this.#level;
    for (let i = 0; i < out.length; i++) {
      level = leak * level + out[i] * gain;
      out[i] = level;
    }
    this.#level = level;
  }
}
