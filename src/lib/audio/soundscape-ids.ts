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

/** One layer of a soundscape mix: which soundscape, its seed, its linear gain. */
export interface MixLayerSpec {
  key: string;
  id: SoundscapeId;
  seed: number;
  gain: number;
}
