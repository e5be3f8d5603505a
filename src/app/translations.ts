import { setLocale, type Locale, type TranslationTable } from '../lib/messages';

/** Each language's translations, one chunk per language: only the active one is downloaded. */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<{ default: TranslationTable }>> = {
  ru: () => import('./translations-ru'),
  'zh-Hans': () => import('./translations-zh-Hans'),
};

/** Loads a language's translations (English needs none), then speaks it. */
export async function speakLanguage(locale: Locale): Promise<void> {
  setLocale(locale, locale === 'en' ? {} : (await loaders[locale]()).default);
  document.documentElement.lang = locale;
}
