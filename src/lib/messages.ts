/** The languages Lull ships. Add one here and in every catalog; components do not change. */
export const locales = ['en'] as const;
/** One of the shipped languages. */
export type Locale = (typeof locales)[number];

/** A catalog: the same keys in every language. */
export type Catalog<K extends string> = { en: Record<K, string> } & Partial<
  Record<Exclude<Locale, 'en'>, Record<K, string>>
>;

/** Values to put into a message's {placeholders}. */
export type MessageParams = Record<string, string | number>;

/** Every catalog made so far, for the test that checks keys across languages. */
export const registeredCatalogs: Catalog<string>[] = [];

let activeLocale: Locale = pickLocale(globalThis.navigator?.languages ?? []);

/** The first of the user's languages that Lull has, else English. */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = locales.find((locale) => locale === base);
    if (match) return match;
  }
  return 'en';
}

/** The language Lull speaks now: lists and plurals follow it, so no sentence mixes two. */
export function currentLocale(): Locale {
  return activeLocale;
}

/** Changes the language (tests, and a language setting later). */
export function setLocale(locale: Locale): void {
  activeLocale = locale;
}

/**
 * Makes a translator for one feature's catalog: `t('key', { n: 3 })` fills "{n}".
 * Plural forms live under `key.one` / `key.other` and are chosen by `t.plural('key', n)`.
 */
export function messages<K extends string>(catalog: Catalog<K>) {
  registeredCatalogs.push(catalog as Catalog<string>);
  const lookup = (key: K): string => catalog[activeLocale]?.[key] ?? catalog.en[key];
  const fill = (template: string, params?: MessageParams) =>
    params
      ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
      : template;

  const t = (key: K, params?: MessageParams) => fill(lookup(key), params);
  t.plural = (key: PluralBase<K>, count: number, params?: MessageParams) => {
    const form = new Intl.PluralRules(activeLocale).select(count) === 'one' ? 'one' : 'other';
    return fill(lookup(`${key}.${form}` as K), { count, ...params });
  };
  return t;
}

/** "nights" when the catalog has "nights.one" and "nights.other". */
type PluralBase<K extends string> = K extends `${infer Base}.one` ? Base : never;
