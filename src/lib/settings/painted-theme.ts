import type { Locale } from '../messages';

// The painted index.html (src/first-paint/) is in the dark theme and English. The service worker
// answers a navigation with it in the person's theme instead, and marked with their language
// (start.js then holds back English words), read from where the settings model keeps them.
// This module is all the worker takes of the settings: no shapes, no migrations.

/** The database the settings document lives in (one database per store). */
export const SETTINGS_DB = 'lull-settings';
/** The key of the settings document in that database. */
export const SETTINGS_KEY = 'settings';

/** A theme the painted page can show besides its own dark one. */
export type PaintedTheme = 'night' | 'system';

// The address-bar colour of each: night's black background. "Follow system" keeps the page's own.
const themeColors: Record<PaintedTheme, string | undefined> = {
  night: '#000000',
  system: undefined,
};

/** The theme a stored settings document asks for, when the painted page must change for it. */
export function paintedThemeOf(stored: unknown): PaintedTheme | undefined {
  const theme = (stored as { data?: { appearance?: { theme?: unknown } } } | null | undefined)?.data
    ?.appearance?.theme;
  return theme === 'night' || theme === 'system' ? theme : undefined;
}

/**
 * The painted page in `theme`: its `<html data-theme>` and theme-color. "Follow system" needs no
 * more than the attribute: the stylesheet picks light or dark by `prefers-color-scheme`.
 */
export function inPaintedTheme(html: string, theme: PaintedTheme): string {
  const color = themeColors[theme];
  const themed = html.replace(/(<html\b[^>]*\bdata-theme=")[^"]*"/, `$1${theme}"`);
  return color
    ? themed.replace(/(<meta name="theme-color" content=")[^"]*"/, `$1${color}"`)
    : themed;
}

/** A language stored in the settings ('system' follows the device: no mark needed). */
export type PaintedLanguage = Locale;

/** The language a stored settings document chose, when it chose one. */
export function paintedLanguageOf(stored: unknown): PaintedLanguage | undefined {
  const language = (stored as { data?: { appearance?: { language?: unknown } } } | null | undefined)
    ?.data?.appearance?.language;
  return language === 'en' || language === 'ru' || language === 'zh-Hans' ? language : undefined;
}

/** The painted page marked with a stored language: `<html lang data-lang>`, for start.js. */
export function inPaintedLanguage(html: string, language: PaintedLanguage): string {
  return html.replace(
    /(<html\b[^>]*?\b)lang="[^"]*"/,
    `$1lang="${language}" data-lang="${language}"`,
  );
}
