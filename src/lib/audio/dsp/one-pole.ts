/**
 * A one-pole filter (6 dB per octave) for one or two channels: a quarter of a biquad's cost,
 * for gentle shaping where a steep slope is not heard (a rumble, a rustle).
 */
export class OnePole {
  readonly #coefficient: number;
  readonly #state = new Float64Array(2);

  readonly #type: 'lowpass' | 'highpass';

  constructor(sampleRate: number, type: 'lowpass' | 'highpass', frequency: number) {
    this.#type = type;
    this.#coefficient = 1 - Math.exp((-2 * Math.PI * frequency) / sampleRate);
  }

  /** Filters `samples` in place; `channel` (0 or 1) picks the state to use. */
  process(samples: Float32Array, channel = 0): void {
    const a = this.#coefficient;
    let low = this.#state[channel];
    if (this.#type === 'lowpass')
      for (let i = 0; i < samples.length; i++) samples[i] = low += a * (samples[i] - low);
    else
      for (let i = 0; i < samples.length; i++) {
        low += a * (samples[i] - low);
        samples[i] -= low;
      }
    this.#state[channel] = Math.abs(low) < 1e-20 ? 0 : low;
  }

  /** Filters a stereo pair in place. */
  processStereo(left: Float32Array, right: Float32Array): void {
    this.process(left, 0);
    this.process(right, 1);
  }
}
