import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { pickLocale } from '../../src/lib/messages';

// start.js runs before any of Lull's code, so it cannot call pickLocale: it repeats its choice
// in one expression. Run as the page runs it (on a stand-in page), it must agree.
const startScript = readFileSync('src/first-paint/start.js', 'utf8');

/** Whether start.js holds the painted Tonight's words back, for these languages. */
function holdsBack(languages: string[], marked?: string, path = '/'): boolean {
  const app = { style: { visibility: '' }, replaceChildren: () => undefined };
  const document = {
    documentElement: { dataset: marked ? { lang: marked } : {} },
    getElementById: (id: string) => (id === 'app' ? app : null),
    visibilityState: 'hidden',
    addEventListener: () => undefined,
  };
  class Worker {
    terminate() {}
  }
  runInNewContext(startScript, {
    window: {},
    document,
    navigator: { languages },
    location: { pathname: path },
    setTimeout: () => 0,
    Worker,
    HTMLTemplateElement: class {},
    Promise,
  });
  return app.style.visibility === 'hidden';
}

const devices = [
  ['en-US'],
  ['ru-RU'],
  ['ru'],
  ['zh-CN'],
  ['zh'],
  ['zh-SG', 'en'],
  ['zh-Hans-CN'],
  ['zh-TW', 'en'],
  ['zh-Hant', 'ru'],
  ['zh-HK'],
  ['de-DE', 'ru'],
  ['de-DE', 'en-GB', 'ru'],
  ['fr', 'es'],
  ['rus', 'eng'],
  ['EN-us'],
  [],
];

describe("start.js: the painted Tonight in the person's language", () => {
  it('holds English back wherever pickLocale chooses a language other than English', () => {
    for (const languages of devices)
      expect(holdsBack(languages), languages.join(',')).toBe(
        // Traditional Chinese too, where the app paints English a moment later: fewer bytes.
        pickLocale(languages) !== 'en' || /^zh/i.test(languages[0] ?? ''),
      );
  });

  it('follows the language the service worker marked over the device', () => {
    expect(holdsBack(['en-US'], 'ru')).toBe(true);
    expect(holdsBack(['en-US'], 'zh-Hans')).toBe(true);
    expect(holdsBack(['ru-RU'], 'en')).toBe(false);
  });

  it('on any other path the page starts empty, and is not hidden', () => {
    expect(holdsBack(['ru-RU'], undefined, '/settings')).toBe(false);
  });
});
