import type { SettingsAccess } from '../../lib/settings/settings-access';
import { bool, int, list, num, record, text, type Infer } from '../../lib/storage/schema';
import { defaultMix } from '../../lib/guides/sound-layers';

/** One layer as saved: its source, whether it is on, and its slider position. */
const layerShape = {
  source: text('', 80),
  on: bool(false),
  volume: num(0.7, 0, 1),
};

/** A person's own preset. */
const presetShape = {
  id: text('', 40),
  name: text('', 60),
  layers: list([], record({ source: text('', 80), volume: num(0.7, 0, 1) }), 20),
};

/**
 * The Sounds section of the settings: the current mix, master volume, the sleep timer's
 * choices and the person's presets. Their own sound files live in their own database
 * (user-sounds.ts), never here and never in backups.
 */
export const soundsSettingsShape = {
  mix: list(defaultMix, record(layerShape), 60),
  masterVolume: num(0.9, 0, 1),
  /** 0 means "until I stop". */
  timerMinutes: int(0, 0, 120),
  fadeOutMinutes: int(10, 1, 30),
  fadeIn: bool(true),
  presets: list([], record(presetShape), 30),
};

/** The Sounds section of the settings, as read. */
export type SoundsPrefs = Infer<typeof soundsSettingsShape>;

/** What the Sounds models may do with the settings: read and change the Sounds section. */
export type SoundsSettings = SettingsAccess<{ sounds: SoundsPrefs }>;
