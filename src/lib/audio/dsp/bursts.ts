import { whiteScale, type Random } from './random';

/**
 * Short bursts of noise at chosen moments: the raw material of rain patter and fire crackle.
 * Each burst is noise shaped by e^(-t/decay) - e^(-t/attack): it rises over a fraction of a
 * millisecond instead of starting with a step, so bursts tick without clicking. Three running
 * sums per channel make the cost the same however many bursts overlap.
 */
export class Bursts {
  // Per channel: short decay, long decay, attack.
  readonly #sums = new Float64Array(6);
  readonly #shortDecay: number;
  readonly #longDecay: number;
  readonly #attack: number;
  readonly #noise: number;

  readonly #random: Random;

  constructor(
    sampleRate: number,
    random: Random,
    { attackS, shortS, longS }: { attackS: number; shortS: number; longS: number },
  ) {
    this.#random = random;
    this.#shortDecay = Math.exp(-1 / (shortS * sampleRate));
    this.#longDecay = Math.exp(-1 / (longS * sampleRate));
    this.#attack = Math.exp(-1 / (attackS * sampleRate));
    this.#noise = whiteScale(sampleRate);
  }

  /** Starts a burst now: `long` picks the longer decay; `pan` 0 is left, 1 is right. */
  start(amplitude: number, pan: number, long: boolean): void {
    const toLeft = amplitude * Math.cos(pan * (Math.PI / 2));
    const toRight = amplitude * Math.sin(pan * (Math.PI / 2));
    const s = this.#sums;
    const slot = long ? 1 : 0;
    s[slot] += toLeft;
    s[3 + slot] += toRight;
    s[2] += toLeft;
    s[5] += toRight;
  }

  /**
   * Renders samples [from, to) of the block. `left` and `right` must already hold white
   * noise in [-1, 1) (the caller fills them once per block); they are shaped in place.
   */
  shape(left: Float32Array, right: Float32Array, from: number, to: number): void {
    const s = this.#sums;
    const shortDecay = this.#shortDecay,
      longDecay = this.#longDecay,
      attack = this.#attack,
      noise = this.#noise;
    let s0 = s[0],
      s1 = s[1],
      s2 = s[2],
      s3 = s[3],
      s4 = s[4],
      s5 = s[5];
    for (let i = from; i < to; i++) {
      s0 *= shortDecay;
      s1 *= longDecay;
      s2 *= attack;
      s3 *= shortDecay;
      s4 *= longDecay;
      s5 *= attack;
      left[i] *= noise * (s0 + s1 - s2);
      right[i] *= noise * (s3 + s4 - s5);
    }
    s[0] = s0;
    s[1] = s1;
    s[2] = s2;
    s[3] = s3;
    s[4] = s4;
    s[5] = s5;
  }

  /** Fills the block with unit noise, ready for `shape`. */
  prepare(left: Float32Array, right: Float32Array): void {
    this.#random.fill(left, 1);
    this.#random.fill(right, 1);
  }
}

/**
 * Rain patter: drops at random moments (Poisson), each with its own loudness (within 1:2.2, so
 * none stands out as a click), length and place between left and right.
 */
export class Drops {
  readonly #bursts: Bursts;
  #wait: number;
  // No drop follows another within 4 ms: coinciding drops would sum to a tick that stands
  // out (and to peaks near full scale); at 80 a second this barely changes the rate.
  readonly #gap: number;

  readonly #perSecond: number;
  readonly #sampleRate: number;
  readonly #random: Random;

  constructor(perSecond: number, sampleRate: number, random: Random) {
    this.#perSecond = perSecond;
    this.#sampleRate = sampleRate;
    this.#random = random;
    this.#bursts = new Bursts(sampleRate, random, {
      attackS: 0.00015,
      shortS: 0.0012,
      longS: 0.0045,
    });
    this.#gap = Math.round(0.004 * sampleRate);
    this.#wait = random.interval(perSecond, sampleRate);
  }

  /** Overwrites the block with patter. */
  render(left: Float32Array, right: Float32Array): void {
    const random = this.#random;
    this.#bursts.prepare(left, right);
    let at = 0;
    while (at + this.#wait < left.length) {
      const next = at + this.#wait;
      this.#bursts.shape(left, right, at, next);
      this.#bursts.start(0.45 + 0.55 * random.next() ** 2, random.next(), random.next() > 0.65);
      this.#wait = this.#gap + random.interval(this.#perSecond, this.#sampleRate);
      at = next;
    }
    this.#bursts.shape(left, right, at, left.length);
    this.#wait -= left.length - at;
  }
}

/**
 * Fire crackle: sparks at random moments, some alone and some in quick little bursts (a knot
 * of sap giving way). Loudness stays within 1:2, so the fire snaps without one crack
 * startling anyone.
 */
export class Crackle {
  readonly #bursts: Bursts;
  #wait: number;
  #burstLeft = 0;

  readonly #perSecond: number;
  readonly #burstChance: number;
  readonly #sampleRate: number;
  readonly #random: Random;

  constructor(perSecond: number, burstChance: number, sampleRate: number, random: Random) {
    this.#perSecond = perSecond;
    this.#burstChance = burstChance;
    this.#sampleRate = sampleRate;
    this.#random = random;
    this.#bursts = new Bursts(sampleRate, random, {
      attackS: 0.0001,
      shortS: 0.0006,
      longS: 0.0025,
    });
    this.#wait = random.interval(perSecond, sampleRate);
  }

  #spark(): void {
    const random = this.#random;
    const amplitude = 0.5 + 0.5 * random.next() ** 3;
    this.#bursts.start(amplitude, random.between(0.15, 0.85), random.next() > 0.7);
    const quick = () => Math.round(random.between(0.004, 0.024) * this.#sampleRate);
    if (this.#burstLeft > 0) {
      this.#burstLeft -= 1;
      this.#wait = quick();
    } else if (random.next() < this.#burstChance) {
      this.#burstLeft = 2 + Math.floor(5 * random.next());
      this.#wait = quick();
    } else {
      // As with rain, no spark within 4 ms of the last: coinciding sparks would stand out.
      this.#wait =
        Math.round(0.004 * this.#sampleRate) + random.interval(this.#perSecond, this.#sampleRate);
    }
  }

  /** Overwrites the block with crackle. */
  render(left: Float32Array, right: Float32Array): void {
    this.#bursts.prepare(left, right);
    let at = 0;
    while (at + this.#wait < left.length) {
      const next = at + this.#wait;
      this.#bursts.shape(left, right, at, next);
      this.#spark();
      at = next;
    }
    this.#bursts.shape(left, right, at, left.length);
    this.#wait -= left.length - at;
  }
}
