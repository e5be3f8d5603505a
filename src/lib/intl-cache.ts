import { currentLocale, type Locale } from './messages';

// Building an Intl formatter is the slow part of Intl; using one is quick. Each is kept per
// language as well as per use, so a change of language never finds the old language's.
const made = new Map<string, unknown>();

/** The formatter `make` builds for the app's language, made once per language and `use`. */
export function formatterFor<F>(use: string, make: (locale: Locale) => F): F {
  const locale = currentLocale();
  const key = `${locale} ${use}`;
  let formatter = made.get(key) as F | undefined;
  if (formatter === undefined) made.set(key, (formatter = make(locale)));
  return formatter;
}

/** A moment as a clock shows it in the app's language ("10:30 PM", "22:30"), in `timeZone`. */
export const clockTimeIn = (instant: number, timeZone: string): string =>
  formatterFor(
    `clock ${timeZone}`,
    (locale) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone }),
  ).format(instant);
