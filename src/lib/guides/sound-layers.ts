// Plain, small data only: the settings shape imports this, so it is part of the first load.

/** A layer's slider position when the person has not set one. */
export const DEFAULT_VOLUME = 0.7;

/** One layer of a preset: a source (a soundscape id or "sound:<id>") and its volume. */
export interface PresetLayer {
  source: string;
  volume: number;
}

/**
 * "Rainy night": the four layers a new person starts with (the default mix). Like every
 * preset's, its sliders together set it at the common loudness (tests/audio/sounds-loudness).
 */
export const rainyNightLayers = [
  { source: 'rain', volume: 0.65 },
  { source: 'wind', volume: 0.3 },
  { source: 'fire', volume: 0.39 },
  { source: 'brown', volume: 0.43 },
] as const satisfies readonly PresetLayer[];

/** The mix a new person starts with: "Rainy night", all four layers on. */
export const defaultMix = rainyNightLayers.map((layer) => ({ ...layer, on: true }));

/** The source string of a person's own sound. */
export const soundSource = (id: string) => `sound:${id}`;

/** The sound id in a source string, if it is one. */
export function soundIdOf(source: string): string | undefined {
  return source.startsWith('sound:') ? source.slice(6) : undefined;
}
