import { locales } from '../../lib/messages';
import { oneOf, type Infer } from '../../lib/storage/schema';

/** The colour themes: dark by default, red-on-black for night vision, or the system's choice. */
export const themes = ['dark', 'night', 'system'] as const;
/** One of the colour themes. */
export type Theme = (typeof themes)[number];

/** Motion: follow the system's reduced-motion setting, or always keep things still. */
export const motionChoices = ['system', 'reduce'] as const;

/** The language setting: the device's languages ('system'), or one that Lull ships. */
export const languageChoices = ['system', ...locales] as const;
/** One of the language choices. */
export type LanguageChoice = (typeof languageChoices)[number];

/** How Lull looks: its theme, its motion and its language. */
export const appearanceSettingsShape = {
  theme: oneOf<Theme>('dark', themes),
  motion: oneOf<(typeof motionChoices)[number]>('system', motionChoices),
  language: oneOf<LanguageChoice>('system', languageChoices),
};

/** How Lull looks, as the app uses it. */
export type AppearanceSettings = Infer<typeof appearanceSettingsShape>;
