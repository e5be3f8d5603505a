/** The languages Lull ships. Add one here and a translation beside every catalog. */
export const locales = ['en', 'ru', 'zh-Hans'] as const;
/** One of the shipped languages. */
export type Locale = (typeof locales)[number];

/** A catalog: English, the source; other languages live in `<file>.<locale>.ts` beside it. */
export type Catalog<K extends string> = { en: Record<K, string> };

/** Values to put into a message's {placeholders}. */
export type MessageParams = Record<string, string | number>;

/** The plural categories of `Intl.PluralRules`. */
export type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/** "nights" when the catalog has "nights.one" and "nights.other". */
type PluralBase<K extends string> = K extends `${infer Base}.one` ? Base : never;
type PluralKey<K extends string> = K extends `${PluralBase<K>}.${PluralForm}` ? K : never;
type KeysOf<T> = T extends { keys?: readonly (infer K)[] } ? K & string : never;

/**
 * The shape of one language's translation of a catalog, given its translator (`typeof t`):
 * every plain key, and each plural in the forms that language has (Russian one/few/many/other).
 */
export type Translation<T> = { [P in Exclude<KeysOf<T>, PluralKey<KeysOf<T>>>]: string } & {
  [P in `${PluralBase<KeysOf<T>>}.${PluralForm}`]?: string;
};

/** One language's translations of every catalog, by namespace ('features/home/messages'). */
export type TranslationTable = Record<string, Record<string, string>>;

/** Every catalog made so far, by namespace, for the tests that check the translations. */
export const registeredCatalogs = new Map<string, Record<string, string>>();

/** Where the active language is held: a plain cell until the app gives a signal. */
export interface LocaleCell {
  value: Locale;
}
let active: LocaleCell = { value: 'en' };
let table: TranslationTable = {};

/** The first of the person's languages that Lull has, else English (zh, zh-CN, zh-SG: zh-Hans). */
export function pickLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const [base, ...rest] = tag.toLowerCase().split('-');
    if (base === 'en' || base === 'ru') return base;
    if (base === 'zh' && !rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part)))
      return 'zh-Hans';
  }
  return 'en';
}

/**
 * Holds the language in `cell` from now on. The app passes a signal, so reading the language
 * (or any text) inside a component or computed subscribes to it, and a change of language
 * redraws every screen without a reload. (A cell given in, not a signal made here: importing
 * signals in this module, which every lazily loaded screen imports, made the bundler split the
 * first load into more files, 0.3 KB larger. The service worker needs no signal.)
 */
export function holdLocaleIn(cell: LocaleCell): void {
  cell.value = active.value;
  active = cell;
}

/** The language Lull speaks now (subscribes, inside a component, once the app gave a signal). */
export function currentLocale(): Locale {
  return active.value;
}

/** Switches the language, with that language's translations (already loaded). */
export function setLocale(locale: Locale, translations: TranslationTable = {}): void {
  table = locale === 'en' ? {} : translations;
  active.value = locale;
}

// A test hook, set before any script runs: the browser tests show every message through it in a
// pseudo-language (tests/e2e/support/pseudo-language.ts), where any word that did not come from a
// catalog stands out. Nothing in the app sets it, and no screen offers it.
const shown: (template: string) => string =
  (globalThis as { lullPseudoLanguage?: (template: string) => string }).lullPseudoLanguage ??
  String;

const fill = (template: string, params?: MessageParams) =>
  params
    ? shown(template).replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole))
    : shown(template);

/**
 * Makes a translator for one catalog: `t('key', { n: 3 })` fills "{n}". The namespace is the
 * catalog's file under src/ without ".ts"; its translations sit beside it (`messages.ru.ts`).
 * Plural forms live under `key.one`, `key.few`, … `key.other`, chosen by `t.plural('key', n)`
 * through `Intl.PluralRules` in the active language.
 */
export function messages<K extends string>(namespace: string, catalog: Catalog<K>) {
  registeredCatalogs.set(namespace, catalog.en);
  const lookup = (key: string): string => {
    const locale = active.value;
    return (locale === 'en' ? undefined : table[namespace]?.[key]) ?? catalog.en[key as K];
  };

  const t = (key: K, params?: MessageParams) => fill(lookup(key), params);
  t.plural = (key: PluralBase<K>, count: number, params?: MessageParams) => {
    const form = new Intl.PluralRules(active.value).select(count);
    const translated = table[namespace];
    const text =
      active.value !== 'en' && translated
        ? (translated[`${key}.${form}`] ?? translated[`${key}.other`])
        : undefined;
    return fill(text ?? lookup(`${key}.${form === 'one' ? 'one' : 'other'}`), {
      count: new Intl.NumberFormat(active.value).format(count),
      ...params,
    });
  };
  // `keys` exists in the type only: the translations' type reads the catalog's keys from it.
  return t as typeof t & { keys?: readonly K[] };
}
