/** Every built-in soundscape, in the order the mixer shows them. */
export const soundscapeIds = [
  'rain',
  'surf',
  'stream',
  'wind',
  'night',
  'fire',
  'brown',
  'pink',
  'white',
] as const;

/** One of the built-in soundscapes. */
export type SoundscapeId = (typeof soundscapeIds)[number];

/** True for the id of a built-in soundscape. */
export function isSoundscapeId(value: unknown): value is SoundscapeId {
  return typeof value === 'string' && (soundscapeIds as readonly string[]).includes(value);
}

/** The registered name of the soundscape processor in the AudioWorklet. */
export const SOUNDSCAPE_PROCESSOR = 'lull-soundscapes';

/** One layer of a soundscape mix: which soundscape, its seed, its linear gain. */
export interface MixLayerSpec {
  key: string;
  id: SoundscapeId;
  seed: number;
  gain: number;
}

/** What the page gives the processor when it creates one: the layers to start with. */
export interface SoundscapeProcessorOptions {
  layers: MixLayerSpec[];
}

/**
 * What the page tells a running processor. Times are context times; a change takes effect
 * at the start of the first render quantum at or after it.
 */
export type SoundscapeMessage =
  | { type: 'add'; layer: MixLayerSpec; fadeSeconds: number }
  | { type: 'gain'; key: string; gain: number; seconds: number }
  | { type: 'remove'; key: string; at: number; seconds: number }
  | { type: 'end'; at: number };
