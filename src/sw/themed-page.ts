/// <reference lib="webworker" />
import type { RouteHandlerCallback } from 'workbox-core';
import { openKeyValueStore } from '../lib/storage/kv';
import {
  inPaintedLanguage,
  inPaintedTheme,
  paintedLanguageOf,
  paintedThemeOf,
  SETTINGS_DB,
  SETTINGS_KEY,
} from '../lib/settings/painted-theme';

// One IndexedDB read per navigation; a slower answer is not waited for, so the page is never
// held up by more than this: it then arrives dark, as painted, and the app applies the theme.
const READ_WAIT_MS = 50;

const settings = openKeyValueStore(SETTINGS_DB);

function storedSettings(): Promise<unknown> {
  return Promise.race([
    settings.get(SETTINGS_KEY),
    new Promise<undefined>((resolve) => setTimeout(resolve, READ_WAIT_MS)),
  ]);
}

/** Wraps the handler of the painted page so it arrives in the person's theme and language. */
export function themedPage(painted: RouteHandlerCallback): RouteHandlerCallback {
  return async (options) => {
    const [response, stored] = await Promise.all([painted(options), storedSettings()]);
    const theme = paintedThemeOf(stored);
    const language = paintedLanguageOf(stored);
    if ((!theme && !language) || !response.ok) return response;
    try {
      let html = await response.clone().text();
      if (theme) html = inPaintedTheme(html, theme);
      if (language) html = inPaintedLanguage(html, language);
      // The body's length changes: the copy's length header would cut it short.
      const headers = new Headers(response.headers);
      headers.delete('content-length');
      return new Response(html, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    } catch {
      return response;
    }
  };
}
