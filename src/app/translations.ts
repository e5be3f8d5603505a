import { pickLocale, setLocale, type Locale } from '../lib/messages';
import { tableOf } from './translation-table';

/** Each language's translations, one chunk per language: only the active one is downloaded. */
const loaders: Record<
  Exclude<Locale, 'en'>,
  () => Promise<{ default: Record<string, Record<string, string>> }>
> = {
  ru: () => import('./translations-ru'),
  'zh-Hans': () => import('./translations-zh-Hans'),
};

// The language asked for last: a slow chunk that arrives after a later choice is not spoken.
let wanted: Locale | undefined;

/** Loads a language's translations (English needs none), then speaks it. */
export async function speakLanguage(locale: Locale): Promise<void> {
  wanted = locale;
  const table = locale === 'en' ? {} : tableOf((await loaders[locale]()).default);
  if (wanted !== locale) return;
  setLocale(locale, table);
  document.documentElement.lang = locale;
}

/** The language a setting means: its own, or for 'system' the first of the device's Lull has. */
export const localeFor = (choice: Locale | 'system', device = navigator.languages): Locale =>
  choice === 'system' ? pickLocale(device) : choice;
