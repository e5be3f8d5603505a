import type { ReadonlySignal } from '@preact/signals';
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

/**
 * What the Sounds model needs of the app's settings (the settings model is one): to read the
 * Sounds section, and to change one value in it.
 */
export interface SoundsSettings {
  readonly settings: ReadonlySignal<{ readonly sounds: SoundsPrefs }>;
  update<K extends keyof SoundsPrefs>(path: `sounds.${K}`, value: SoundsPrefs[K]): void;
}
