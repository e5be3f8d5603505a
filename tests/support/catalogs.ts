// Checks for message catalogs, kept apart from the test so they can be tested on bad catalogs.
import { locales } from '../../src/lib/messages';

const paramsOf = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const pluralForms = /\.(zero|one|two|few|many|other)$/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Everything wrong with one catalog's translations: missing or extra keys, empty texts, and
 * placeholders that differ from English. Plurals need exactly the forms `Intl.PluralRules` has
 * in that language (Russian one/few/many/other, Chinese other), each with English's placeholders.
 */
export function catalogProblems(
  en: Record<string, string>,
  translations: Record<string, Record<string, string> | undefined>,
  shipped: readonly string[] = locales.filter((locale) => locale !== 'en'),
): string[] {
  const problems: string[] = [];
  for (const [key, text] of Object.entries(en))
    if (typeof text !== 'string' || text.trim() === '') problems.push(`en: "${key}" empty`);
  for (const locale of shipped) {
    const texts = translations[locale];
    if (!texts) {
      problems.push(`${locale}: missing`);
      continue;
    }
    const expected = expectedKeys(en, locale);
    for (const key of expected.keys()) if (!(key in texts)) problems.push(`${locale}: no "${key}"`);
    for (const [key, text] of Object.entries(texts)) {
      const source = expected.get(key);
      if (source === undefined) problems.push(`${locale}: extra "${key}"`);
      else if (typeof text !== 'string' || text.trim() === '')
        problems.push(`${locale}: "${key}" empty`);
      else {
        const want = paramsOf(source);
        const have = paramsOf(text);
        for (const param of want)
          if (!have.has(param)) problems.push(`${locale}: "${key}" lacks {${param}}`);
        for (const param of have)
          if (!want.has(param)) problems.push(`${locale}: "${key}" has extra {${param}}`);
      }
    }
  }
  return problems;
}

/** The keys a language needs, each with the English text whose placeholders it must keep. */
function expectedKeys(en: Record<string, string>, locale: string): Map<string, string> {
  const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const keys = new Map<string, string>();
  for (const [key, text] of Object.entries(en)) {
    const base = key.replace(pluralForms, '');
    if (base === key || !(`${base}.one` in en && `${base}.other` in en)) keys.set(key, text);
    else for (const form of forms) keys.set(`${base}.${form}`, en[`${base}.other`]);
  }
  return keys;
}

/** Joins an import specifier to the importing file's path: ('../../src/a/B.tsx', './m') -> '../../src/a/m'. */
export function resolveSpecifier(fromFile: string, specifier: string): string {
  const parts = [...fromFile.split('/').slice(0, -1), ...specifier.split('/')];
  const out: string[] = [];
  for (const part of parts) {
    if (part === '.' || part === '') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/**
 * The names under which `source` (the file at `file`) imports `exportName` from `catalogFile`:
 * `import { t } from './messages'` gives ['t'], `import { t as appT } ...` gives ['appT'].
 */
export function importedNames(
  file: string,
  source: string,
  catalogFile: string,
  exportName: string,
): string[] {
  const names: string[] = [];
  for (const [, clause, specifier] of source.matchAll(
    /import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g,
  )) {
    if (!specifier.startsWith('.')) continue;
    const target = resolveSpecifier(file, specifier).replace(/\.tsx?$/, '');
    if (target !== catalogFile.replace(/\.tsx?$/, '')) continue;
    for (const binding of clause.split(',')) {
      const [imported, local = imported] = binding.trim().split(/\s+as\s+/);
      if (imported === exportName) names.push(local);
    }
  }
  return names;
}

/** The keys a source uses through translator `name`: t('key'), and t.plural('base') as base.*. */
export function usedKeys(
  source: string,
  name: string,
): { keys: Set<string>; pluralBases: Set<string> } {
  const quoted = `\\(\\s*['"\`]([^'"\`]+)['"\`]`;
  const keys = new Set(
    [...source.matchAll(new RegExp(`\\b${escape(name)}${quoted}`, 'g'))].map((m) => m[1]),
  );
  const pluralBases = new Set(
    [...source.matchAll(new RegExp(`\\b${escape(name)}\\.plural${quoted}`, 'g'))].map((m) => m[1]),
  );
  return { keys, pluralBases };
}

/** The keys of `catalogKeys` that no source uses. Plural forms count as used by t.plural('base'). */
export function unusedKeys(
  catalogKeys: string[],
  used: { keys: Set<string>; pluralBases: Set<string> },
): string[] {
  return catalogKeys.filter((key) => {
    if (used.keys.has(key)) return false;
    const base = key.replace(pluralForms, '');
    return !(base !== key && used.pluralBases.has(base));
  });
}
