/**
 * Adds `source` into `target` with a gain that moves in a straight line from `from` to `to`
 * across the block: gains driven by slow controls change every quantum without zipper noise.
 */
export function addRamped(
  target: Float32Array,
  source: Float32Array,
  from: number,
  to: number,
): void {
  const step = (to - from) / target.length;
  let gain = from;
  for (let i = 0; i < target.length; i++) {
    gain += step;
    target[i] += source[i] * gain;
  }
}

/** Adds `source` into `target` at a fixed gain. */
export function addScaled(target: Float32Array, source: Float32Array, gain: number): void {
  for (let i = 0; i < target.length; i++) target[i] += source[i] * gain;
}

/** Scratch buffers for one soundscape, re-made only if the block size ever changes. */
export class Scratch {
  #buffers: Float32Array[] = [];

  /** The `index`-th scratch buffer, `frames` long (contents are whatever was left). */
  get(index: number, frames: number): Float32Array {
    let buffer = this.#buffers[index];
    if (!buffer || buffer.length !== frames)
      buffer = this.#buffers[index] = new Float32Array(frames);
    return buffer;
  }
}

/**
 * `addRamped` for a stereo pair in one pass (half the loop overhead). A mono source may be
 * given as both `sourceLeft` and `sourceRight`.
 */
export function addRampedPair(
  left: Float32Array,
  right: Float32Array,
  sourceLeft: Float32Array,
  sourceRight: Float32Array,
  from: number,
  to: number,
): void {
  const step = (to - from) / left.length;
  let gain = from;
  for (let i = 0; i < left.length; i++) {
    gain += step;
    left[i] += sourceLeft[i] * gain;
    right[i] += sourceRight[i] * gain;
  }
}

/** `addScaled` for a stereo pair in one pass; a mono source may be given for both sides. */
export function addScaledPair(
  left: Float32Array,
  right: Float32Array,
  sourceLeft: Float32Array,
  sourceRight: Float32Array,
  gain: number,
): void {
  for (let i = 0; i < left.length; i++) {
    left[i] += sourceLeft[i] * gain;
    right[i] += sourceRight[i] * gain;
  }
}
