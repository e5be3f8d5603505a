import { describe, it, expect } from 'vitest';
import { registeredCatalogs, type Catalog } from '../../src/lib/messages';
import {
  catalogProblems,
  importedNames,
  resolveSpecifier,
  unusedKeys,
  usedKeys,
} from '../support/catalogs';

// Every catalog in the app, found by name, so catalogs added by features are checked too.
const catalogLoaders = import.meta.glob([
  '../../src/**/messages.ts',
  '../../src/app/messages.ts',
  '!../../src/lib/messages.ts',
]);
const sources = import.meta.glob<string>('../../src/**/*.{ts,tsx}', {
  query: '?raw',
  eager: true,
  import: 'default',
});

/** Loads each catalog module in turn and pairs it with the catalogs it registered. */
async function loadCatalogs() {
  const found: { file: string; made: Catalog<string>[] }[] = [];
  for (const [file, load] of Object.entries(catalogLoaders)) {
    const before = registeredCatalogs.length;
    await load();
    found.push({ file, made: registeredCatalogs.slice(before) });
  }
  return found;
}
// Modules load once per test file: later loads would register nothing.
const loading = loadCatalogs();
const catalogs = async () => (await loading).map(({ file, made }) => ({ file, catalog: made[0] }));

describe('the message catalogs', () => {
  it('are all found, one per module', async () => {
    for (const { file, made } of await loading)
      expect(made, `${file} should make exactly one catalog`).toHaveLength(1);
    const files = (await loading).map(({ file }) => file);
    expect(files).toContain('../../src/app/messages.ts');
    expect(files).toContain('../../src/features/settings/messages.ts');
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it('have the same keys in every language, no empty text and every {param}', async () => {
    for (const { file, catalog } of await catalogs())
      expect(catalogProblems(catalog), file).toEqual([]);
  });

  it('have no unused keys, and the code uses no key they lack', async () => {
    for (const { file, catalog } of await catalogs()) {
      const exportName = /export const (\w+) = messages\(/.exec(sources[file])?.[1];
      expect(exportName, `${file} exports its translator`).toBeDefined();
      const used = { keys: new Set<string>(), pluralBases: new Set<string>() };
      for (const [path, source] of Object.entries(sources)) {
        // The catalog's own module may use its keys too (a helper that formats a duration).
        const names =
          path === file
            ? [exportName as string]
            : importedNames(path, source, file, exportName as string);
        for (const name of names) {
          const found = usedKeys(source, name);
          found.keys.forEach((key) => used.keys.add(key));
          found.pluralBases.forEach((base) => used.pluralBases.add(base));
        }
      }
      const keys = Object.keys(catalog.en);
      expect(unusedKeys(keys, used), `unused keys in ${file}`).toEqual([]);
      const missing = [...used.keys].filter((key) => !keys.includes(key));
      for (const base of used.pluralBases)
        for (const form of ['one', 'other'])
          if (!keys.includes(`${base}.${form}`)) missing.push(`${base}.${form}`);
      expect(missing, `keys used with ${file} but not in it`).toEqual([]);
    }
  });
});

describe('the catalog checks themselves', () => {
  it('find missing, extra and empty texts and lost parameters', () => {
    const catalog = {
      en: { a: 'Hello {name}', b: 'B', c: 'C' },
      de: { a: 'Hallo', c: ' ', d: 'D' },
    } as Catalog<string>;
    expect(catalogProblems(catalog, ['en', 'de', 'fr'])).toEqual([
      'de: no "b"',
      'de: extra "d"',
      'de: "a" lacks {name}',
      'de: "c" empty',
      'fr: missing',
    ]);
    expect(catalogProblems({ en: { a: '' } })).toEqual(['en: "a" empty']);
  });

  it('find the keys a file uses under the name it imported', () => {
    const source = [
      "import { t as appT } from '../../app/messages';",
      "import { t } from './messages';",
      "appT('skip'); t('title'); t(\n  'import.confirmBody', { count });",
      "t.plural('nights', n); other('nope'); at('nope2'); t(key);",
    ].join('\n');
    const file = '../../src/features/settings/Panel.tsx';
    expect(importedNames(file, source, '../../src/app/messages.ts', 't')).toEqual(['appT']);
    expect(importedNames(file, source, '../../src/features/settings/messages.ts', 't')).toEqual([
      't',
    ]);
    expect(importedNames(file, source, '../../src/features/home/messages.ts', 't')).toEqual([]);
    const used = usedKeys(source, 't');
    expect([...used.keys]).toEqual(['title', 'import.confirmBody']);
    expect([...used.pluralBases]).toEqual(['nights']);
    expect(
      unusedKeys(['title', 'nights.one', 'nights.other', 'import.confirmBody', 'old'], used),
    ).toEqual(['old']);
  });

  it('resolve import paths as the bundler does', () => {
    expect(resolveSpecifier('../../src/features/a/B.tsx', '../../lib/messages')).toBe(
      '../../src/lib/messages',
    );
    expect(resolveSpecifier('../../src/app.tsx', './app-messages')).toBe('../../src/app-messages');
  });
});
