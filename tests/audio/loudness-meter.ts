// Integrated loudness per ITU-R BS.1770-4, and true peak per its Annex 2: what a listener
// hears as "how loud", rather than plain RMS, which brown noise's inaudible lows inflate.

/** One biquad's coefficients, normalised so a0 = 1. */
export interface BiquadCoefficients {
  b: [number, number, number];
  a: [number, number, number];
}

/**
 * The two K-weighting stages (high shelf, then the RLB high-pass) for any sample rate: the
 * analogue prototypes of BS.1770 bilinear-transformed, as libebur128 derives them, so 44.1
 * and 48 kHz both get the filter the standard tabulates for 48 kHz.
 */
export function kWeighting(sampleRate: number): [BiquadCoefficients, BiquadCoefficients] {
  const shelfK = Math.tan((Math.PI * 1681.974450955533) / sampleRate);
  const shelfQ = 0.7071752369554196;
  const vh = Math.pow(10, 3.999843853973347 / 20);
  const vb = Math.pow(vh, 0.4996667741545416);
  const shelfA0 = 1 + shelfK / shelfQ + shelfK * shelfK;
  const shelf: BiquadCoefficients = {
    b: [
      (vh + (vb * shelfK) / shelfQ + shelfK * shelfK) / shelfA0,
      (2 * (shelfK * shelfK - vh)) / shelfA0,
      (vh - (vb * shelfK) / shelfQ + shelfK * shelfK) / shelfA0,
    ],
    a: [
      1,
      (2 * (shelfK * shelfK - 1)) / shelfA0,
      (1 - shelfK / shelfQ + shelfK * shelfK) / shelfA0,
    ],
  };
  const passK = Math.tan((Math.PI * 38.13547087602444) / sampleRate);
  const passQ = 0.5003270373238773;
  const passA0 = 1 + passK / passQ + passK * passK;
  const highPass: BiquadCoefficients = {
    b: [1, -2, 1],
    a: [1, (2 * (passK * passK - 1)) / passA0, (1 - passK / passQ + passK * passK) / passA0],
  };
  return [shelf, highPass];
}

/** A biquad run over a whole signal (direct form I, in doubles), as a new array. */
export function filtered(samples: ArrayLike<number>, { b, a }: BiquadCoefficients) {
  const out = new Float64Array(samples.length);
  let x1 = 0;
  let x2 = 0;
  let y1 = 0;
  let y2 = 0;
  for (let i = 0; i < samples.length; i++) {
    const x = samples[i];
    const y = b[0] * x + b[1] * x1 + b[2] * x2 - a[1] * y1 - a[2] * y2;
    x2 = x1;
    x1 = x;
    y2 = y1;
    y1 = y;
    out[i] = y;
  }
  return out;
}

const BLOCK_S = 0.4;
const STEP_S = 0.1; // 75% overlap
const ABSOLUTE_GATE_LKFS = -70;
const RELATIVE_GATE_LU = -10;

const blockLoudness = (meanSquare: number) => -0.691 + 10 * Math.log10(meanSquare);
const meanOf = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Integrated loudness in LUFS (LKFS) of mono or stereo audio: K-weighted mean square over
 * 400 ms blocks every 100 ms, summed over channels (weight 1.0 each), gated at -70 LKFS
 * and then 10 LU below the level of the blocks that passed.
 */
export function integratedLoudness(channels: Float32Array[], sampleRate: number): number {
  const [shelf, highPass] = kWeighting(sampleRate);
  const step = Math.round(STEP_S * sampleRate);
  const steps = Math.floor(channels[0].length / step);
  // Sum of squares per 100 ms step over all channels: each block is four consecutive steps.
  const stepEnergy = new Float64Array(steps);
  for (const channel of channels) {
    const weighted = filtered(filtered(channel, shelf), highPass);
    for (let s = 0; s < steps; s++)
      for (let i = s * step; i < (s + 1) * step; i++) stepEnergy[s] += weighted[i] * weighted[i];
  }
  const perBlock = Math.round(BLOCK_S / STEP_S);
  const blocks: number[] = [];
  for (let s = 0; s + perBlock <= steps; s++) {
    let sum = 0;
    for (let k = s; k < s + perBlock; k++) sum += stepEnergy[k];
    blocks.push(sum / (perBlock * step));
  }
  const loud = blocks.filter((z) => blockLoudness(z) > ABSOLUTE_GATE_LKFS);
  if (loud.length === 0) return -Infinity;
  const relativeGate = blockLoudness(meanOf(loud)) + RELATIVE_GATE_LU;
  return blockLoudness(meanOf(loud.filter((z) => blockLoudness(z) > relativeGate)));
}
