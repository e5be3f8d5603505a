import type { SoundscapeId } from '../../lib/audio/soundscape-ids';
import { t } from './messages';

/** Each soundscape's name and a few words about it. */
export const soundscapeLabels: Record<SoundscapeId, { name: () => string; hint: () => string }> = {
  rain: { name: () => t('sound.rain'), hint: () => t('sound.rain.hint') },
  surf: { name: () => t('sound.surf'), hint: () => t('sound.surf.hint') },
  stream: { name: () => t('sound.stream'), hint: () => t('sound.stream.hint') },
  wind: { name: () => t('sound.wind'), hint: () => t('sound.wind.hint') },
  night: { name: () => t('sound.night'), hint: () => t('sound.night.hint') },
  fire: { name: () => t('sound.fire'), hint: () => t('sound.fire.hint') },
  brown: { name: () => t('sound.brown'), hint: () => t('sound.brown.hint') },
  pink: { name: () => t('sound.pink'), hint: () => t('sound.pink.hint') },
  white: { name: () => t('sound.white'), hint: () => t('sound.white.hint') },
};
