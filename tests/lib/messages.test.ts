import { describe, it, expect } from 'vitest';
import { locales, registeredCatalogs } from '../../src/lib/messages';
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
  '../../src/features/reminders/push-messages.ts',
  '../../src/lib/reminders/reminder-words.ts',
  '!../../src/lib/messages.ts',
]);
// Every translation, beside its English catalog: messages.ru.ts, messages.zh-Hans.ts.
const translationFiles = import.meta.glob<Record<string, string>>(
  ['../../src/**/*.ru.ts', '../../src/**/*.zh-Hans.ts'],
  { eager: true, import: 'default' },
);
const sources = import.meta.glob<string>('../../src/**/*.{ts,tsx}', {
  query: '?raw',
  eager: true,
  import: 'default',
});

/** Loads each catalog module in turn and pairs it with the namespaces it registered. */
async function loadCatalogs() {
  const found: { file: string; made: string[] }[] = [];
  for (const [file, load] of Object.entries(catalogLoaders)) {
    const before = new Set(registeredCatalogs.keys());
    await load();
    found.push({ file, made: [...registeredCatalogs.keys()].filter((ns) => !before.has(ns)) });
  }
  return found;
}
// Modules load once per test file: later loads would register nothing.
const loading = loadCatalogs();
const catalogs = async () =>
  (await loading).map(({ file, made }) => ({
    file,
    namespace: made[0],
    en: registeredCatalogs.get(made[0]) as Record<string, string>,
  }));

/** A catalog's translations, by language, from the files beside it. */
function translationsOf(file: string) {
  const stem = file.replace(/\.ts$/, '');
  return Object.fromEntries(
    locales
      .filter((locale) => locale !== 'en')
      .map((locale) => [locale, translationFiles[`${stem}.${locale}.ts`]]),
  );
}

describe('the message catalogs', () => {
  it('are all found, one per module, named by their file', async () => {
    for (const { file, made } of await loading) {
      expect(made, `${file} should make exactly one catalog`).toHaveLength(1);
      expect(`../../src/${made[0]}.ts`, 'its namespace is its path').toBe(file);
    }
    const files = (await loading).map(({ file }) => file);
    expect(files).toContain('../../src/app/messages.ts');
    expect(files).toContain('../../src/features/settings/messages.ts');
    const makers = Object.keys(sources).filter(
      (path) => path !== '../../src/lib/messages.ts' && /= messages\('/.test(sources[path]),
    );
    expect(files.sort(), 'every file that makes a catalog is checked').toEqual(makers.sort());
  });

  it('are translated whole into every language: every key, plural form and {param}', async () => {
    for (const { file, en } of await catalogs())
      expect(catalogProblems(en, translationsOf(file)), file).toEqual([]);
  });

  it('have no translation without its English catalog', async () => {
    const stems = new Set((await loading).map(({ file }) => file.replace(/\.ts$/, '')));
    const orphans = Object.keys(translationFiles).filter(
      (path) => !stems.has(path.replace(/\.(ru|zh-Hans)\.ts$/, '')),
    );
    expect(orphans).toEqual([]);
  });

  it('have no unused keys, and the code uses no key they lack', async () => {
    for (const { file, en } of await catalogs()) {
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
      const keys = Object.keys(en);
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
  it('find missing, extra and empty texts, plural forms and placeholders that differ', () => {
    const en = {
      a: 'Hello {name}',
      b: 'B',
      c: 'C',
      'n.one': '{count} night',
      'n.other': '{count} nights',
    };
    const de = { a: 'Hallo', c: ' ', d: 'D', 'n.one': 'eine', 'n.other': '{count} {x}' };
    const ru = {
      a: '{name}',
      b: 'Б',
      c: 'В',
      'n.one': '{count}',
      'n.few': '{count}',
      'n.other': '{count}',
    };
    expect(catalogProblems(en, { de, ru }, ['de', 'ru', 'fr'])).toEqual([
      'de: no "b"',
      'de: "a" lacks {name}',
      'de: "c" empty',
      'de: extra "d"',
      'de: "n.one" lacks {count}',
      'de: "n.other" has extra {x}',
      'ru: no "n.many"',
      'fr: missing',
    ]);
    expect(catalogProblems({ a: '' }, {}, [])).toEqual(['en: "a" empty']);
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
