import { LEVEL_TARGET_DB, type SoundscapeHandle } from './soundscape';

/** A person's own sound is brought to the soundscapes' level, but never boosted past this. */
const MAX_BOOST_DB = 18;
/** ...and never so far that its loudest sample passes this. */
const PEAK_LIMIT = 0.9;

/** Level facts about a decoded sound. */
export interface Loudness {
  rmsDb: number;
  peak: number;
}

/** RMS (dBFS, over all channels) and peak of a buffer. */
export function loudnessOf(buffer: AudioBuffer): Loudness {
  let sum = 0;
  let peak = 0;
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const channel = buffer.getChannelData(c);
    for (let i = 0; i < channel.length; i++) {
      const sample = channel[i];
      sum += sample * sample;
      if (Math.abs(sample) > peak) peak = Math.abs(sample);
    }
  }
  const meanSquare = sum / Math.max(1, buffer.length * buffer.numberOfChannels);
  return { rmsDb: 10 * Math.log10(meanSquare || 1e-24), peak };
}

/** The gain that brings a sound to the common level, within the boost and peak limits. */
export function normalisingGain({ rmsDb, peak }: Loudness): number {
  if (peak === 0) return 1;
  const toTarget = Math.pow(10, (LEVEL_TARGET_DB - rmsDb) / 20);
  return Math.min(toTarget, Math.pow(10, MAX_BOOST_DB / 20), PEAK_LIMIT / peak);
}

/**
 * A copy of `source` that loops without a seam: its last `fadeSeconds` are crossfaded into
 * its first, and the copy is that much shorter. When played with `loop = true`, the sample
 * after the end is the one the fade-in led to, so the join is as smooth as the sound itself.
 * The crossfade keeps equal power for unrelated material (most recordings), or equal gain
 * where head and tail are alike (a steady tone), so the seam neither dips nor swells.
 */
export function seamlessLoop(
  context: BaseAudioContext,
  source: AudioBuffer,
  fadeSeconds = 0.5,
): AudioBuffer {
  const fade = Math.min(Math.round(fadeSeconds * source.sampleRate), Math.floor(source.length / 4));
  const length = source.length - fade;
  const loop = context.createBuffer(
    source.numberOfChannels,
    Math.max(1, length),
    source.sampleRate,
  );
  for (let c = 0; c < source.numberOfChannels; c++) {
    const input = source.getChannelData(c);
    const output = loop.getChannelData(c);
    output.set(input.subarray(0, length));
    if (fade < 2) continue;
    const equalGain = correlation(input, length, fade) > 0.5;
    for (let i = 0; i < fade; i++) {
      const t = (i + 0.5) / fade;
      const fadeIn = equalGain ? t : Math.sin((t * Math.PI) / 2);
      const fadeOut = equalGain ? 1 - t : Math.cos((t * Math.PI) / 2);
      output[i] = input[i] * fadeIn + input[length + i] * fadeOut;
    }
  }
  return loop;
}

/** How alike the head and the tail of a channel are (Pearson's r). */
function correlation(samples: Float32Array, tailStart: number, length: number): number {
  let sumAB = 0;
  let sumAA = 0;
  let sumBB = 0;
  for (let i = 0; i < length; i++) {
    const a = samples[i];
    const b = samples[tailStart + i];
    sumAB += a * b;
    sumAA += a * a;
    sumBB += b * b;
  }
  return sumAA && sumBB ? sumAB / Math.sqrt(sumAA * sumBB) : 0;
}

/**
 * Plays a person's own sound as a layer: looped without a seam and brought to the common
 * level. `buffer` should come from `seamlessLoop`.
 */
export function buildLoop(
  context: BaseAudioContext,
  destination: AudioNode,
  { buffer, loudness, volume = 1 }: { buffer: AudioBuffer; loudness: Loudness; volume?: number },
): SoundscapeHandle {
  const level = normalisingGain(loudness);
  const source = new AudioBufferSourceNode(context, { buffer, loop: true });
  const output = new GainNode(context, { gain: level * volume });
  source.connect(output).connect(destination);
  source.start();
  let stopped = false;
  return {
    setVolume(next, seconds = 0.05) {
      if (stopped) return;
      output.gain.cancelScheduledValues(context.currentTime);
      output.gain.setTargetAtTime(level * next, context.currentTime, seconds / 3);
    },
    stop(when = context.currentTime) {
      if (stopped) return;
      stopped = true;
      output.gain.cancelScheduledValues(when);
      output.gain.setTargetAtTime(0, when, 0.008);
      source.stop(when + 0.1);
    },
    disconnect() {
      source.disconnect();
      output.disconnect();
    },
  };
}
