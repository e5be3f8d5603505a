import { bool, int, type Infer } from '../../lib/storage/schema';

/** Cues shared by the breathing timer and the stretches: tone, vibration, spoken word. */
export const cuesSettingsShape = {
  tone: bool(true),
  /** Percent of the tone's full (already soft) level. */
  toneVolume: int(60, 5, 100),
  vibrate: bool(true),
  voice: bool(false),
};

/** The cue settings as the app uses them. */
export type CuesSettings = Infer<typeof cuesSettingsShape>;
