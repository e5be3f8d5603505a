import workletUrl from './soundscape-worklet.ts?worker&url';
import {
  SOUNDSCAPE_PROCESSOR,
  type MixLayerSpec,
  type SoundscapeId,
  type SoundscapeMessage,
  type SoundscapeProcessorOptions,
} from './soundscape-ids';

/**
 * The RMS level (dBFS, over minutes) each soundscape's synthesis is levelled to at volume 1,
 * and a person's own sounds are normalised to. Equal RMS is not equal loudness: the worklet
 * then applies each soundscape's loudness gain (soundscapes/loudness.ts).
 */
export const LEVEL_TARGET_DB = -20;

/** Options every soundscape builder takes. */
export interface SoundscapeOptions {
  /** Linear gain on the calibrated level: 1 is the common target. */
  volume?: number;
  /** Random seed: the same seed gives the same sound (tests); the app picks a fresh one. */
  seed?: number;
}

/** A playing soundscape (or a person's own sound, which plays the same way). */
export interface SoundscapeHandle {
  /** Glides to a new volume over `seconds` (short by default, so sliders never zip). */
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

/** A short fade for stops and removals: long enough never to click. */
const DECLICK_S = 0.01;

/**
 * Built-in soundscapes rendered together in one worklet node, each with its own gliding
 * gain (the worklet must be loaded: see `loadSoundWorklet`).
 */
export function createSoundscapeMix(
  context: BaseAudioContext,
  destination: AudioNode,
  layers: MixLayerSpec[] = [],
) {
  const processorOptions: SoundscapeProcessorOptions = { layers };
  const node = new AudioWorkletNode(context, SOUNDSCAPE_PROCESSOR, {
    numberOfInputs: 0,
    numberOfOutputs: 1,
    outputChannelCount: [2],
    processorOptions,
  });
  node.connect(destination);
  const send = (message: SoundscapeMessage) => node.port.postMessage(message);

  return {
    /** Starts a layer, fading in over `fadeSeconds` (0: at once). */
    add(layer: MixLayerSpec, fadeSeconds: number): void {
      send({ type: 'add', layer, fadeSeconds });
    },

    /** Glides a layer's gain over `seconds`. */
    setGain(key: string, gain: number, seconds: number): void {
      send({ type: 'gain', key, gain, seconds });
    },

    /** Fades a layer out over `seconds` from context time `at`, then ends it. */
    remove(key: string, at: number, seconds = DECLICK_S): void {
      send({ type: 'remove', key, at, seconds });
    },

    /** Ends the whole node at context time `at`. */
    end(at: number): void {
      send({ type: 'end', at });
    },

    disconnect(): void {
      node.disconnect();
    },
  };
}

/** Built-in soundscapes playing together in one worklet node. */
export type SoundscapeMix = ReturnType<typeof createSoundscapeMix>;

/** Starts soundscape `id` alone, as a one-layer mix (the worklet must be loaded). */
export function createSoundscape(
  context: BaseAudioContext,
  destination: AudioNode,
  id: SoundscapeId,
  { volume = 1, seed = 1 }: SoundscapeOptions = {},
): SoundscapeHandle {
  const mix = createSoundscapeMix(context, destination, [{ key: id, id, seed, gain: volume }]);
  return {
    setVolume: (next, seconds = 0.05) => mix.setGain(id, next, seconds),
    stop(when = context.currentTime) {
      mix.remove(id, when);
      mix.end(when + 0.1);
    },
    disconnect: () => mix.disconnect(),
  };
}
