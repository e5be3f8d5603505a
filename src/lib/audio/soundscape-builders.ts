import { createSoundscape, type SoundscapeBuilder } from './soundscape';
import type { SoundscapeId } from './soundscape-ids';

const builder =
  (id: SoundscapeId, defaultSeed: number): SoundscapeBuilder =>
  (context, destination, options) =>
    createSoundscape(context, destination, id, { seed: defaultSeed, ...options });

/** Rain: wash, patter and a few drops into water (soundscapes/rain.ts). */
export const buildRain = builder('rain', 11);
/** Surf: waves 8-12 s apart (soundscapes/surf.ts). */
export const buildSurf = builder('surf', 12);
/** A stream: bubbles over moving water (soundscapes/stream.ts). */
export const buildStream = builder('stream', 14);
/** Wind in slow gusts (soundscapes/wind.ts). */
export const buildWind = builder('wind', 13);
/** A summer night: crickets over a soft breeze (soundscapes/night.ts). */
export const buildNight = builder('night', 15);
/** A fire: crackle over a low roar (soundscapes/fire.ts). */
export const buildFire = builder('fire', 16);
/** Brown noise (soundscapes/brown-noise.ts). */
export const buildBrownNoise = builder('brown', 3);
/** Pink noise (soundscapes/pink-noise.ts). */
export const buildPinkNoise = builder('pink', 2);
/** White noise (soundscapes/white-noise.ts). */
export const buildWhiteNoise = builder('white', 1);

/** The builder of each soundscape. */
export const soundscapeBuilders: Record<SoundscapeId, SoundscapeBuilder> = {
  rain: buildRain,
  surf: buildSurf,
  stream: buildStream,
  wind: buildWind,
  night: buildNight,
  fire: buildFire,
  brown: buildBrownNoise,
  pink: buildPinkNoise,
  white: buildWhiteNoise,
};
