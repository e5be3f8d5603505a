import type { SoundscapeId } from '../soundscape-ids';
import type { SoundscapeDspFactory } from './soundscape-dsp';
import { createRain } from './rain';
import { createSurf } from './surf';
import { createStream } from './stream';
import { createWind } from './wind';
import { createNight } from './night';
import { createFire } from './fire';
import { createBrownNoise } from './brown-noise';
import { createPinkNoise } from './pink-noise';
import { createWhiteNoise } from './white-noise';

/** The synthesis of each soundscape, as the chunk renderer runs it. */
export const soundscapeDsp: Record<SoundscapeId, SoundscapeDspFactory> = {
  rain: createRain,
  surf: createSurf,
  stream: createStream,
  wind: createWind,
  night: createNight,
  fire: createFire,
  brown: createBrownNoise,
  pink: createPinkNoise,
  white: createWhiteNoise,
};
