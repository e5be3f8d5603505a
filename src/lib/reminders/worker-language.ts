import { pickLocale, setLocale, type Locale } from '../messages';
import ru from './reminder-words.ru';
import zhHans from './reminder-words.zh-Hans';

// The worker speaks only a reminder's words, so it takes only their translations (under 1 KB),
// not a language's whole chunk: a service worker cannot import() a chunk when it needs one.
const translations: Record<Exclude<Locale, 'en'>, Record<string, string>> = {
  ru,
  'zh-Hans': zhHans,
};

/**
 * The language a stored settings document asks for (`appearance.language`), with 'system', a
 * missing document or an unknown value resolved through the device's languages.
 */
export function reminderLocaleOf(stored: unknown, device: readonly string[]): Locale {
  const choice = (stored as { data?: { appearance?: { language?: unknown } } } | null | undefined)
    ?.data?.appearance?.language;
  return choice === 'en' || choice === 'ru' || choice === 'zh-Hans' ? choice : pickLocale(device);
}

/** Makes the reminder words speak `locale` (in the worker, which has no app to do it). */
export function speakReminderLanguage(locale: Locale): void {
  setLocale(
    locale,
    locale === 'en' ? {} : { 'lib/reminders/reminder-words': translations[locale] },
  );
}
