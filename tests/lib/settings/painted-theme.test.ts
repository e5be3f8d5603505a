import { describe, it, expect } from 'vitest';
import {
  inPaintedLanguage,
  inPaintedTheme,
  paintedLanguageOf,
  paintedThemeOf,
} from '../../../src/lib/settings/painted-theme';
import { themes } from '../../../src/features/settings/appearance-settings';

const page =
  '<!doctype html>\n<html lang="en" data-theme="dark">\n<head><meta name="theme-color" content="#0b0d14" />' +
  '<meta name="color-scheme" content="dark light" /></head><body data-theme="dark"></body></html>';

describe('paintedThemeOf', () => {
  it('names every theme but the painted dark one, as the settings document stores it', () => {
    const stored = (theme: string) => ({ version: 1, data: { appearance: { theme } } });
    expect(themes.map((theme) => paintedThemeOf(stored(theme)))).toEqual([
      undefined,
      'night',
      'system',
    ]);
  });

  it('gives nothing for nothing stored, or anything it cannot read', () => {
    for (const stored of [undefined, null, 'night', { data: null }, { data: { appearance: 7 } }])
      expect(paintedThemeOf(stored)).toBeUndefined();
    expect(paintedThemeOf({ data: { appearance: { theme: '" onload="x' } } })).toBeUndefined();
  });
});

describe('inPaintedTheme', () => {
  it('night: the <html> attribute and a black address bar; nothing else changes', () => {
    expect(inPaintedTheme(page, 'night')).toBe(
      page
        .replace('<html lang="en" data-theme="dark">', '<html lang="en" data-theme="night">')
        .replace('content="#0b0d14"', 'content="#000000"'),
    );
  });

  it('follow system: the attribute only, so the stylesheet picks light or dark', () => {
    expect(inPaintedTheme(page, 'system')).toBe(
      page.replace('<html lang="en" data-theme="dark">', '<html lang="en" data-theme="system">'),
    );
  });
});

describe('paintedLanguageOf and inPaintedLanguage', () => {
  const stored = (language: unknown) => ({ version: 1, data: { appearance: { language } } });

  it('names a chosen language; "system", nothing or anything else gives none', () => {
    expect(['en', 'ru', 'zh-Hans'].map((language) => paintedLanguageOf(stored(language)))).toEqual([
      'en',
      'ru',
      'zh-Hans',
    ]);
    for (const value of ['system', 'de', '" x="', 7, undefined])
      expect(paintedLanguageOf(stored(value))).toBeUndefined();
    expect(paintedLanguageOf(undefined)).toBeUndefined();
  });

  it('marks <html> with the language for start.js, the theme left as it was', () => {
    expect(inPaintedLanguage(inPaintedTheme(page, 'system'), 'ru')).toBe(
      page.replace(
        '<html lang="en" data-theme="dark">',
        '<html lang="ru" data-lang="ru" data-theme="system">',
      ),
    );
  });
});
