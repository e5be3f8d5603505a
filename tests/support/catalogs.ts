// Checks for message catalogs, kept apart from the test so they can be tested on bad catalogs.
import { locales, type Catalog } from '../../src/lib/messages';

const paramsOf = (text: string) => new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
const pluralForms = /\.(zero|one|two|few|many|other)$/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Everything wrong with one catalog's languages: missing or extra keys, empty texts, params. */
export function catalogProblems(
  catalog: Catalog<string>,
  shipped: readonly string[] = locales,
): string[] {
  const problems: string[] = [];
  const en = catalog.en;
  const enKeys = Object.keys(en).sort();
  for (const locale of shipped) {
    const texts = (catalog as Record<string, Record<string, string> | undefined>)[locale];
    if (!texts) {
      problems.push(`${locale}: missing`);
      continue;
    }
    const keys = Object.keys(texts);
    for (const key of enKeys) if (!keys.includes(key)) problems.push(`${locale}: no "${key}"`);
    for (const key of keys) if (!(key in en)) problems.push(`${locale}: extra "${key}"`);
    for (const [key, text] of Object.entries(texts)) {
      if (typeof text !== 'string' || text.trim() === '')
        problems.push(`${locale}: "${key}" empty`);
      else if (locale !== 'en' && key in en)
        for (const param of paramsOf(en[key]))
          if (!paramsOf(text).has(param)) problems.push(`${locale}: "${key}" lacks {${param}}`);
    }
  }
  return problems;
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
