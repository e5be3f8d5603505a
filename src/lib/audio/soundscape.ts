import workletUrl from './soundscape-worklet.ts?worker&url';
import {
  SOUNDSCAPE_PROCESSOR,
  type SoundscapeId,
  type SoundscapeProcessorMessage,
  type SoundscapeProcessorOptions,
} from './soundscape-ids';

/**
 * The level every soundscape is calibrated to at volume 1: RMS in dBFS over minutes. Each
 * soundscape's synthesis carries its own measured constant to land here.
 */
export const LEVEL_TARGET_DB = -20;

/** Options every soundscape builder takes. */
export interface SoundscapeOptions {
  /** Linear gain on the calibrated level: 1 is the common target. */
  volume?: number;
  /** Random seed: the same seed gives the same sound (tests); the app picks a fresh one. */
  seed?: number;
}

/** A playing soundscape. */
export interface SoundscapeHandle {
  /** Glides to a new volume over about `seconds` (short by default, so sliders never zip). */
  setVolume(volume: number, seconds?: number): void;
  /** Falls silent within a few milliseconds after context time `when` (default: now). */
  stop(when?: number): void;
  /** Leaves the graph; call once `stop` has taken effect. */
  disconnect(): void;
}

/** A soundscape builder: the same function renders in a test and plays in the app. */
export type SoundscapeBuilder = (
  context: BaseAudioContext,
  destination: AudioNode,
  options?: SoundscapeOptions,
) => SoundscapeHandle;

const loaded = new WeakMap<BaseAudioContext, Promise<void>>();

/**
 * Loads the soundscape worklet into a context, once per context. Every builder needs it:
 * await this before building.
 */
export function loadSoundWorklet(context: BaseAudioContext): Promise<void> {
  let loading = loaded.get(context);
  if (!loading) {
    loading = context.audioWorklet.addModule(workletUrl);
    loaded.set(context, loading);
    // A failed fetch may work next time: do not keep the failure.
    loading.catch(() => loaded.delete(context));
  }
  return loading;
}

/** Starts soundscape `id` into `destination` (the worklet must be loaded). */
export function createSoundscape(
  context: BaseAudioContext,
  destination: AudioNode,
  id: SoundscapeId,
  { volume = 1, seed = 1 }: SoundscapeOptions = {},
): SoundscapeHandle {
  const processorOptions: SoundscapeProcessorOptions = { id, seed };
  const node = new AudioWorkletNode(context, SOUNDSCAPE_PROCESSOR, {
    numberOfInputs: 0,
    numberOfOutputs: 1,
    outputChannelCount: [2],
    processorOptions,
  });
  const output = new GainNode(context, { gain: volume });
  node.connect(output).connect(destination);
  let stopped = false;
  return {
    setVolume(next, seconds = 0.05) {
      if (stopped) return;
      const now = context.currentTime;
      output.gain.cancelScheduledValues(now);
      output.gain.setTargetAtTime(next, now, seconds / 3);
    },
    stop(when = context.currentTime) {
      if (stopped) return;
      stopped = true;
      output.gain.cancelScheduledValues(when);
      output.gain.setTargetAtTime(0, when, 0.008);
      const message: SoundscapeProcessorMessage = { stopAt: when + 0.1 };
      node.port.postMessage(message);
    },
    disconnect() {
      node.disconnect();
      output.disconnect();
    },
  };
}
