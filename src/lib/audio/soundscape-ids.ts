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
export const SOUNDSCAPE_PROCESSOR = 'lull-soundscape';

/** What the page gives the processor when it creates one. */
export interface SoundscapeProcessorOptions {
  id: SoundscapeId;
  seed: number;
}

/** What the page tells a running processor: fall silent for good at this context time. */
export interface SoundscapeProcessorMessage {
  stopAt: number;
}
