import type { DocumentSpec } from '../lib/storage/document';
import type { SettingsModel } from '../lib/settings/settings-model';
import { leafPaths, type Infer } from '../lib/storage/schema';
import { SETTINGS_KEY } from '../lib/settings/painted-theme';
import { appearanceSettingsShape } from '../features/settings/appearance-settings';
import { scheduleSettingsShape } from '../features/schedule/schedule-settings';
import { breathingSettingsShape } from '../features/breathing/breathing-settings';
import { cuesSettingsShape } from '../features/cues/cue-settings';
import { stretchesSettingsShape } from '../features/stretches/stretches-settings';
import { routineSettingsShape } from '../features/routine/routine-settings';
import { remindersSettingsShape } from '../features/reminders/reminders-settings';
import { soundsSettingsShape } from '../features/sounds/sounds-settings';

/**
 * Every setting Lull keeps, by section, each owned by its feature. Each leaf is validated on
 * its own. The one document is composed here so that no feature needs another's shape.
 */
export const settingsShape = {
  appearance: appearanceSettingsShape,
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
  key: SETTINGS_KEY,
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

/** All leaf paths, for tests; pure, so builds that never read it do not compute it at start. */
export const settingPaths = /* @__PURE__ */ leafPaths(settingsShape);

/** The app's one settings model, as the composition root makes it. */
export type AppSettings = SettingsModel<typeof settingsShape>;
