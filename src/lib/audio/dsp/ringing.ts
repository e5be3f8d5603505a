import type { Random } from './random';
import { sineAt } from './sine-table';

/**
 * A pool of decaying, gently rising tones: bubbles in a brook and drops falling into water.
 * A new tone takes the quietest slot, which has always faded below -60 dB by then.
 */
export class Ringing {
  readonly #phase: Float64Array;
  readonly #step: Float64Array;
  readonly #glide: Float64Array;
  readonly #level: Float64Array;
  readonly #decay: Float64Array;
  readonly #onset: Float64Array;
  readonly #toLeft: Float64Array;
  readonly #toRight: Float64Array;
  readonly #attack: number;

  readonly #voices: number;
  readonly #sampleRate: number;

  constructor(voices: number, sampleRate: number, attackSeconds: number) {
    this.#voices = voices;
    this.#sampleRate = sampleRate;
    const slots = () => new Float64Array(voices);
    this.#phase = slots();
    this.#step = slots();
    this.#glide = slots();
    this.#level = slots();
    this.#decay = slots();
    this.#onset = slots();
    this.#toLeft = slots();
    this.#toRight = slots();
    this.#attack = Math.exp(-1 / (attackSeconds * sampleRate));
  }

  /** Starts a tone: it fades by e every `decaySeconds` and rises by `rise` per time constant. */
  start(frequency: number, decaySeconds: number, rise: number, level: number, pan: number): void {
    let slot = 0;
    for (let v = 1; v < this.#voices; v++) if (this.#level[v] < this.#level[slot]) slot = v;
    this.#phase[slot] = 0;
    this.#step[slot] = frequency / this.#sampleRate;
    this.#glide[slot] = (this.#step[slot] * rise) / (decaySeconds * this.#sampleRate);
    this.#level[slot] = level;
    this.#decay[slot] = Math.exp(-1 / (decaySeconds * this.#sampleRate));
    this.#onset[slot] = 1;
    this.#toLeft[slot] = Math.cos(pan * (Math.PI / 2));
    this.#toRight[slot] = Math.sin(pan * (Math.PI / 2));
  }

  /** Adds every sounding tone into the block. */
  add(left: Float32Array, right: Float32Array): void {
    const attack = this.#attack;
    for (let v = 0; v < this.#voices; v++) {
      let level = this.#level[v];
      if (level < 1e-3) continue;
      let phase = this.#phase[v];
      let step = this.#step[v];
      let onset = this.#onset[v];
      const slope = this.#glide[v];
      const decay = this.#decay[v];
      const toLeft = this.#toLeft[v];
      const toRight = this.#toRight[v];
      for (let i = 0; i < left.length; i++) {
        const sample = sineAt(phase) * level * (1 - onset);
        left[i] += sample * toLeft;
        right[i] += sample * toRight;
        phase += step;
        if (phase >= 1) phase -= 1;
        step += slope;
        level *= decay;
        onset *= attack;
      }
      this.#phase[v] = phase;
      this.#step[v] = step;
      this.#level[v] = level < 1e-3 ? 0 : level;
      this.#onset[v] = onset;
    }
  }
}

// Minnaert: an air bubble of radius r (mm) in water rings near 3.26 / r kHz.
const MINNAERT_HZ_MM = 3260;

/**
 * A brook: many small bubbles (van den Doel, "Physically-based models for liquid sounds").
 * Each rings at its Minnaert frequency, fades at a rate set by its size and rises in pitch
 * as it does. Small bubbles are far more common; the flow swells and eases every few seconds.
 */
export class Bubbles {
  readonly #ringing: Ringing;
  #wait: number;
  #flow = 1;
  #flowTarget = 1;
  #flowWait = 0;

  readonly #perSecond: number;
  readonly #sampleRate: number;
  readonly #random: Random;

  constructor(perSecond: number, sampleRate: number, random: Random) {
    this.#perSecond = perSecond;
    this.#sampleRate = sampleRate;
    this.#random = random;
    this.#ringing = new Ringing(32, sampleRate, 0.0004);
    this.#wait = random.interval(perSecond, sampleRate);
  }

  #bubble(): void {
    const random = this.#random;
    const size = Math.pow(random.next(), 2.2);
    const frequency = MINNAERT_HZ_MM / (1.6 + 4.4 * size);
    const damping = 0.043 * frequency + 0.0014 * Math.pow(frequency, 1.5);
    // f(t) = f0 (1 + ξ d t) with ξ = 0.1: a rise of 0.1 per time constant.
    const level = (0.35 + 0.65 * size) * random.between(0.6, 1);
    this.#ringing.start(frequency, 1 / damping, 0.1, level, random.between(0.1, 0.9));
  }

  /** Overwrites the block with babble. */
  render(left: Float32Array, right: Float32Array): void {
    const frames = left.length;
    left.fill(0);
    right.fill(0);
    this.#flowWait -= frames;
    if (this.#flowWait <= 0) {
      this.#flowTarget = this.#random.between(0.6, 1.4);
      this.#flowWait = this.#random.between(2, 7) * this.#sampleRate;
    }
    this.#flow += (this.#flowTarget - this.#flow) * (1 - Math.exp(-frames / this.#sampleRate));
    // Bubbles begin on block edges, at most 2.7 ms late: far finer than the ear follows here.
    this.#wait -= frames;
    while (this.#wait <= 0) {
      this.#bubble();
      this.#wait += this.#random.interval(this.#perSecond * this.#flow, this.#sampleRate);
    }
    this.#ringing.add(left, right);
  }
}

/**
 * Drops falling into water: a soft tone between about 0.9 and 2.2 kHz that rises a little
 * as it fades, with a gentle attack. A few a second at most.
 */
export class Plinks {
  readonly #ringing: Ringing;
  #wait: number;

  readonly #perSecond: number;
  readonly #sampleRate: number;
  readonly #random: Random;

  constructor(perSecond: number, sampleRate: number, random: Random) {
    this.#perSecond = perSecond;
    this.#sampleRate = sampleRate;
    this.#random = random;
    this.#ringing = new Ringing(6, sampleRate, 0.002);
    this.#wait = random.interval(perSecond, sampleRate);
  }

  /** Adds plinks into the block. */
  add(left: Float32Array, right: Float32Array): void {
    const random = this.#random;
    this.#wait -= left.length;
    while (this.#wait <= 0) {
      const frequency = 900 * Math.pow(2, 1.3 * random.next());
      this.#ringing.start(
        frequency,
        random.between(0.015, 0.045),
        0.08,
        random.between(0.3, 1),
        random.next(),
      );
      this.#wait += random.interval(this.#perSecond, this.#sampleRate);
    }
    this.#ringing.add(left, right);
  }
}
