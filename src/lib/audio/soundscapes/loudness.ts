import type { SoundscapeId } from '../soundscape-ids';

/**
 * How loud Lull plays (integrated loudness, ITU-R BS.1770-4) with the sliders where they
 * start: each soundscape alone, and each preset. Why -30: a phone at full volume plays
 * streaming music's -14 LUFS at roughly 70-75 dBA at arm's length; half volume is about
 * 12 dB down; 16 LU quieter again gives about 40-45 dBA at the pillow, clearly above a
 * quiet bedroom (25-35 dBA) and below the 50 dBA suggested for sound machines left on all
 * night. Sliders and the phone's volume leave 20 dB and more for a noisy room, and true
 * peaks stay near -7 dBTP, well below where the output chain's safety curve starts.
 */
export const LOUDNESS_TARGET_LUFS = -30;

/**
 * Each soundscape's gain in dB on top of its synthesis (which levels RMS, not loudness),
 * so that alone at the default slider it plays at LOUDNESS_TARGET_LUFS. Measured by
 * tests/audio/sounds-loudness.test.ts: after a change to a soundscape's DSP, use the
 * "gain to use" its table prints.
 */
export const soundscapeGainDb: Record<SoundscapeId, number> = {
  rain: 0.5,
  surf: 4.0,
  stream: -5.3,
  wind: -5.0,
  night: -2.2,
  fire: 7.2,
  brown: 1.8,
  pink: -5.9,
  white: -8.0,
};

/** The linear gain of a soundscape's loudness calibration. */
export const soundscapeGain = (id: SoundscapeId) => Math.pow(10, soundscapeGainDb[id] / 20);
