import type { Random } from './random';

/**
 * A slow random wander between 0 and 1: a new target every few seconds, reached through two
 * smoothing stages so it moves like a gust or a flicker, never in steps. Optional flutter
 * adds a faster, smaller wander on top. Advanced once per render quantum.
 */
export class Drift {
  #target: number;
  #stage: number;
  #value: number;
  #wait = 0;
  #flutterTarget = 0.5;
  #flutterValue = 0.5;
  #flutterWait = 0;

  readonly #seconds: [number, number];
  readonly #flutter: number;
  readonly #sampleRate: number;
  readonly #random: Random;

  constructor(seconds: [number, number], flutter: number, sampleRate: number, random: Random) {
    this.#seconds = seconds;
    this.#flutter = flutter;
    this.#sampleRate = sampleRate;
    this.#random = random;
    this.#target = this.#stage = this.#value = random.next();
  }

  /** The value after `frames` more samples. */
  next(frames: number): number {
    const [shortest, longest] = this.#seconds;
    const random = this.#random;
    this.#wait -= frames;
    if (this.#wait <= 0) {
      this.#target = random.next();
      this.#wait = random.between(shortest, longest) * this.#sampleRate;
    }
    // Each stage's time constant is a sixth of the mean interval: targets are nearly reached.
    const step = 1 - Math.exp(-frames / (((shortest + longest) / 12) * this.#sampleRate));
    this.#stage += (this.#target - this.#stage) * step;
    this.#value += (this.#stage - this.#value) * step;
    if (this.#flutter === 0) return this.#value;
    this.#flutterWait -= frames;
    if (this.#flutterWait <= 0) {
      this.#flutterTarget = random.next();
      this.#flutterWait = random.between(0.25, 1) * this.#sampleRate;
    }
    this.#flutterValue +=
      (this.#flutterTarget - this.#flutterValue) *
      (1 - Math.exp(-frames / (0.18 * this.#sampleRate)));
    const fluttered = this.#value + (this.#flutterValue - 0.5) * 2 * this.#flutter;
    return Math.min(1, Math.max(0, fluttered));
  }
}

/**
 * The surf's wave envelope, 0..1: each wave builds (sin²), peaks and washes out (cos²) back
 * to 0, so one wave joins the next without a corner. Every wave has its own length, height
 * and shape, so the sea never ticks like a metronome.
 */
export class Swell {
  #phase: number;
  #period = 10;
  #peak = 1;
  #rise = 0.45;

  readonly #periodSeconds: [number, number];
  readonly #sampleRate: number;
  readonly #random: Random;

  constructor(periodSeconds: [number, number], sampleRate: number, random: Random) {
    this.#periodSeconds = periodSeconds;
    this.#sampleRate = sampleRate;
    this.#random = random;
    this.#nextWave();
    // Start in the trough, a little into the build: the first wave comes soon and gently.
    this.#phase = 0.1 * random.next();
  }

  #nextWave(): void {
    const random = this.#random;
    this.#period = random.between(...this.#periodSeconds);
    this.#peak = random.between(0.6, 1);
    this.#rise = random.between(0.38, 0.55);
  }

  /** The envelope after `frames` more samples. */
  next(frames: number): number {
    this.#phase += frames / (this.#period * this.#sampleRate);
    if (this.#phase >= 1) {
      this.#phase -= 1;
      this.#nextWave();
    }
    const phase = this.#phase,
      rise = this.#rise,
      peak = this.#peak;
    if (phase < rise) return peak * Math.sin((Math.PI / 2) * (phase / rise)) ** 2;
    return peak * Math.cos((Math.PI / 2) * ((phase - rise) / (1 - rise))) ** 2;
  }
}

/** `value` (0..1) mapped between `low` and `high` on a log scale: for frequencies. */
export function octaves(value: number, low: number, high: number): number {
  return low * Math.pow(high / low, value);
}

/** `value` (0..1) mapped linearly between `low` and `high`. */
export function between(value: number, low: number, high: number): number {
  return low + (high - low) * value;
}
