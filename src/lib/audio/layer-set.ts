import { buildLoop, type Loudness } from './loop-buffer';
import { volumeGain } from './output-chain';
import type { SoundscapeHandle, SoundscapeMix } from './soundscape';
import type { SoundscapeId } from './soundscape-ids';

/** A decoded sound of the person's own, ready to loop. */
export interface DecodedSound {
  buffer: AudioBuffer;
  loudness: Loudness;
}

/** What a layer plays: a built-in soundscape, or a decoded sound. */
export type LayerSource =
  | { kind: 'soundscape'; id: SoundscapeId }
  | { kind: 'sound'; load: (context: BaseAudioContext) => Promise<DecodedSound> };

/** One layer of the mix: `volume` is the slider's position, 0..1. */
export interface EngineLayer {
  key: string;
  volume: number;
  source: LayerSource;
}

interface Layer {
  handle: SoundscapeHandle | null;
  volume: number;
  bytes: number;
}

const DECLICK_S = 0.05;

/** A soundscape mix that may take a moment to load (`ready`), as the chunked one does. */
type ReadyMix = SoundscapeMix & { ready?: Promise<void> };

/**
 * The layers playing into the output chain's input, by key. `apply` makes them match a wanted
 * list: new layers start (fading in over `fadeSeconds`, or at once when the whole mix is
 * about to fade in), removed ones fade out and end, the rest change volume smoothly. The
 * built-in soundscapes all play through one mix made by `createMix` (the engine's chunked
 * mix, chunked-mix.ts); sounds of the person's own are buffer sources beside it.
 */
export function createLayerSet(
  context: BaseAudioContext,
  bus: AudioNode,
  createMix: (context: BaseAudioContext, bus: AudioNode) => ReadyMix,
) {
  const layers = new Map<string, Layer>();
  let mix: ReadyMix | null = null;
  let started = 0;

  const startSoundscape = (id: SoundscapeId, gain: number, fadeSeconds: number) => {
    const node = (mix ??= createMix(context, bus));
    // Each start is its own layer in the mix, so a layer turned off and straight back on
    // fades in beside the old one fading out, never replacing it mid-fade.
    const key = `${id}#${(started += 1)}`;
    // A fresh seed each time: tonight's rain is not last night's.
    const seed = Math.floor(Math.random() * 2 ** 31);
    node.add({ key, id, seed, gain }, fadeSeconds);
    const handle: SoundscapeHandle = {
      setVolume: (volume, seconds = 0.05) => node.setGain(key, volume, seconds),
      stop: (when = context.currentTime) => node.remove(key, when),
      disconnect: () => undefined,
    };
    return handle;
  };

  const start = (key: string, volume: number, source: LayerSource, fadeSeconds: number) => {
    const layer: Layer = { handle: null, volume, bytes: 0 };
    layers.set(key, layer);
    const target = volumeGain(volume);
    if (source.kind === 'soundscape') {
      layer.handle = startSoundscape(source.id, target, fadeSeconds);
      return;
    }
    void source.load(context).then(
      (sound) => {
        if (layers.get(key) !== layer) return;
        layer.handle = buildLoop(context, bus, { ...sound, volume: 0 });
        layer.handle.setVolume(volumeGain(layer.volume), fadeSeconds || DECLICK_S);
        layer.bytes = sound.buffer.length * sound.buffer.numberOfChannels * 4;
      },
      () => {
        if (layers.get(key) === layer) layers.delete(key);
      },
    );
  };

  const retire = (key: string, seconds: number) => {
    const handle = layers.get(key)?.handle;
    layers.delete(key);
    if (!handle) return;
    handle.setVolume(0, seconds);
    handle.stop(context.currentTime + seconds);
    setTimeout(() => handle.disconnect(), seconds * 1000 + 500);
  };

  return {
    apply(wanted: EngineLayer[], fadeSeconds: number): void {
      const keys = new Set(wanted.map((layer) => layer.key));
      for (const key of [...layers.keys()]) if (!keys.has(key)) retire(key, fadeSeconds || 1);
      for (const { key, volume, source } of wanted) {
        const existing = layers.get(key);
        if (!existing) {
          start(key, volume, source, fadeSeconds);
          continue;
        }
        if (existing.volume !== volume) existing.handle?.setVolume(volumeGain(volume));
        existing.volume = volume;
      }
    },

    /** Ends every layer (after a short de-click fade). */
    clear(): void {
      for (const key of [...layers.keys()]) retire(key, DECLICK_S);
    },

    /** Resolves once the soundscapes' mix (if any) can play. */
    ready: (): Promise<void> => mix?.ready ?? Promise.resolve(),

    /** Lets go of the soundscapes' mix (and the Worker rendering it): the context closed. */
    dispose(): void {
      mix?.disconnect();
      mix = null;
    },

    /** How many layers there are. */
    size: () => layers.size,

    /** Memory held by decoded audio (the built-in soundscapes hold none). */
    bufferBytes: () => [...layers.values()].reduce((sum, layer) => sum + layer.bytes, 0),
  };
}

/** The layers of the mix, as the engine plays them. */
export type LayerSet = ReturnType<typeof createLayerSet>;
