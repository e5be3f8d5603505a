import type { DocumentSpec } from '../../lib/storage/document';
import { oneOf, type Infer } from '../../lib/storage/schema';
import { scheduleSettingsShape } from '../schedule/schedule-settings';
import { breathingSettingsShape } from '../breathing/breathing-settings';
import { cuesSettingsShape } from '../breathing/cue-settings';
import { stretchesSettingsShape } from '../stretches/stretches-settings';
import { routineSettingsShape } from '../routine/routine-settings';
import { remindersSettingsShape } from '../reminders/reminders-settings';
import { soundsSettingsShape } from '../sounds/sounds-settings';

/** The colour themes: dark by default, red-on-black for night vision, or the system's choice. */
export const themes = ['dark', 'night', 'system'] as const;
/** One of the colour themes. */
export type Theme = (typeof themes)[number];

/** Motion: follow the system's reduced-motion setting, or always keep things still. */
export const motionChoices = ['system', 'reduce'] as const;

/** Every setting Lull keeps, by section. Each leaf is validated on its own. */
export const settingsShape = {
  appearance: {
    theme: oneOf<Theme>('dark', themes),
    motion: oneOf<(typeof motionChoices)[number]>('system', motionChoices),
  },
  schedule: scheduleSettingsShape,
  cues: cuesSettingsShape,
  breathing: breathingSettingsShape,
  stretches: stretchesSettingsShape,
  routine: routineSettingsShape,
  reminders: remindersSettingsShape,
  sounds: soundsSettingsShape,
};

/** The settings as the app uses them. */
export type Settings = Infer<typeof settingsShape>;

/**
 * Version history of the stored settings.
 * 0: the first, unversioned form: `{ theme: 'dark' | 'red' | 'auto', reduceMotion: boolean }`.
 * 1: sections (`appearance.theme`, `appearance.motion`), in a `{ version, data }` envelope.
 */
export const settingsSpec: DocumentSpec<typeof settingsShape> = {
  key: 'settings',
  shape: settingsShape,
  version: 1,
  migrations: [
    (v0) => {
      const theme = { dark: 'dark', red: 'night', auto: 'system' }[String(v0.theme)];
      const { theme: _theme, reduceMotion, ...rest } = v0;
      return {
        ...rest,
        appearance: {
          ...(theme ? { theme } : {}),
          ...(typeof reduceMotion === 'boolean'
            ? { motion: reduceMotion ? 'reduce' : 'system' }
            : {}),
        },
      };
    },
  ],
};
