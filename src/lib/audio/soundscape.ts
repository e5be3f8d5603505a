import type { MixLayerSpec } from './soundscape-ids';

/**
 * The RMS level (dBFS, over minutes) each soundscape's synthesis is levelled to at volume 1,
 * and a person's own sounds are normalised to. Equal RMS is not equal loudness: the mix then
 * applies each soundscape's loudness gain (soundscapes/loudness.ts).
 */
export const LEVEL_TARGET_DB = -20;

/** A playing layer: a person's own sound, or a built-in soundscape in the mix. */
export interface SoundscapeHandle {
  /** Glides to a new volume over `seconds` (short by default, so sliders never zip). */
  setVolume(volume: number, seconds?: number): void;
  /** Falls silent within a few milliseconds after context time `when` (default: now). */
  stop(when?: number): void;
  /** Leaves the graph; call once `stop` has taken effect. */
  disconnect(): void;
}

/** Built-in soundscapes playing together, each with its own gliding gain (chunked-mix.ts). */
export interface SoundscapeMix {
  /** Starts a layer, fading in over `fadeSeconds` (0: at once). */
  add(layer: MixLayerSpec, fadeSeconds: number): void;
  /** Glides a layer's gain over `seconds`. */
  setGain(key: string, gain: number, seconds: number): void;
  /** Fades a layer out over `seconds` (a de-click by default) from context time `at`, then ends it. */
  remove(key: string, at: number, seconds?: number): void;
  /** Ends every layer at context time `at`. */
  end(at: number): void;
  /** Leaves the graph. */
  disconnect(): void;
}
