// The painted index.html (src/first-paint/) is in the dark theme. The service worker answers a
// navigation with it in the person's theme instead, read from where the settings model keeps it.
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
