import type { Random } from './random';
import { sineAt } from './sine-table';

interface Cricket {
  step: number;
  phase: number;
  toLeft: number;
  toRight: number;
  pulseLength: number;
  gapLength: number;
  pulsesPerChirp: number;
  chirpPeriod: number;
  pulsesLeft: number;
  position: number;
  singing: boolean;
  inPulse: boolean;
  wait: number;
  spellLeft: number;
}

/**
 * Crickets: each sings chirps of 2-5 pulses (12-18 ms each, Hann-shaped so no pulse clicks)
 * on its own carrier between 4.1 and 4.9 kHz, a chirp every half second or so, and rests now
 * and then. Near ones are louder, far ones softer; none is much louder than the chorus.
 */
export class Crickets {
  readonly #crickets: Cricket[];

  readonly #sampleRate: number;
  readonly #random: Random;

  constructor(near: number, far: number, sampleRate: number, random: Random) {
    this.#sampleRate = sampleRate;
    this.#random = random;
    this.#crickets = [
      ...Array.from({ length: near }, () => this.#create(random.between(0.45, 0.6), 4300, 4800)),
      ...Array.from({ length: far }, () => this.#create(random.between(0.28, 0.4), 4100, 4900)),
    ];
  }

  #create(level: number, lowest: number, highest: number): Cricket {
    const random = this.#random;
    const rate = this.#sampleRate;
    const pan = random.next() * (Math.PI / 2);
    return {
      step: random.between(lowest, highest) / rate,
      phase: 0,
      toLeft: level * Math.cos(pan),
      toRight: level * Math.sin(pan),
      pulseLength: Math.round(random.between(0.012, 0.018) * rate),
      gapLength: Math.round(random.between(0.01, 0.018) * rate),
      pulsesPerChirp: 2 + Math.floor(4 * random.next()),
      chirpPeriod: Math.round(random.between(0.4, 0.9) * rate),
      pulsesLeft: 0,
      position: 0,
      singing: true,
      inPulse: false,
      // Crickets start at different moments, as they would.
      wait: Math.round(random.next() * rate),
      spellLeft: Math.round(random.between(8, 33) * rate),
    };
  }

  /** What a cricket does when its wait is over: the next pulse, the next chirp, or a rest. */
  #next(cricket: Cricket): void {
    const random = this.#random;
    const rate = this.#sampleRate;
    if (cricket.pulsesLeft > 0) {
      cricket.inPulse = true;
      cricket.position = 0;
      return;
    }
    if (cricket.spellLeft <= 0) {
      cricket.singing = !cricket.singing;
      cricket.spellLeft = Math.round(
        (cricket.singing ? random.between(8, 33) : random.between(1, 7)) * rate,
      );
    }
    cricket.wait = Math.round(cricket.chirpPeriod * random.between(0.85, 1.15));
    cricket.spellLeft -= cricket.wait;
    if (cricket.singing) cricket.pulsesLeft = cricket.pulsesPerChirp;
  }

  /** Overwrites the block with the crickets' song. */
  render(left: Float32Array, right: Float32Array): void {
    const frames = left.length;
    left.fill(0);
    right.fill(0);
    for (const cricket of this.#crickets) {
      let i = 0;
      while (i < frames) {
        if (!cricket.inPulse) {
          const skip = Math.min(cricket.wait, frames - i);
          cricket.wait -= skip;
          i += skip;
          if (cricket.wait === 0) this.#next(cricket);
          continue;
        }
        const length = cricket.pulseLength;
        const end = Math.min(frames, i + length - cricket.position);
        let { phase, position } = cricket;
        const { step, toLeft, toRight } = cricket;
        for (; i < end; i++) {
          const shape = sineAt(position / (2 * length));
          const sample = sineAt(phase) * shape * shape;
          left[i] += sample * toLeft;
          right[i] += sample * toRight;
          // A slight fall in pitch across the pulse, as the wing stroke slows.
          phase += step * (1 - (0.03 * position) / length);
          if (phase >= 1) phase -= 1;
          position++;
        }
        cricket.phase = phase;
        cricket.position = position;
        if (position >= length) {
          cricket.inPulse = false;
          cricket.pulsesLeft -= 1;
          cricket.wait = cricket.pulsesLeft > 0 ? cricket.gapLength : 0;
          if (cricket.wait === 0) this.#next(cricket);
        }
      }
    }
  }
}
