import type { Page } from '@playwright/test';
import { test, expect, waitForServiceWorker } from './support/fixtures';
import { storeLanguage } from './support/language';

// index.html paints Tonight in English before any script runs (src/first-paint/). A person
// whose language is another never sees those words: start.js holds them back until the app
// has put its own there, for the device's language on a first visit, and for a stored one,
// which the service worker marks on the page, on every visit after.

/**
 * Notes, before any of Lull's code runs (its script starts only once the page has painted),
 * the words the painted page shows: innerText leaves out what is hidden.
 */
async function notePaintedWords(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () =>
      Object.assign(window, {
        paintedWords: document.body.innerText.trim(),
        paintedLanguage: document.documentElement.lang,
      }),
    );
  });
}

const painted = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { paintedWords?: string; paintedLanguage?: string };
    return { words: w.paintedWords, language: w.paintedLanguage };
  });

/** Waits until the app has taken Tonight over, in whatever language: its countdown filled in. */
async function appRuns(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('.tonight-main')?.textContent?.trim() &&
      document.getElementById('app')?.style.visibility === '',
  );
}

/** Opens Tonight online, then offline from the service worker: the painted words each time. */
async function paintedOnlineAndOffline(page: Page): Promise<string[]> {
  await page.goto('/');
  const online = (await painted(page)).words ?? '';
  await appRuns(page);
  await page.context().setOffline(true);
  await page.goto('/');
  const offline = (await painted(page)).words ?? '';
  await page.context().setOffline(false);
  return [online, offline];
}

for (const deviceLocale of ['ru-RU', 'zh-CN']) {
  test.describe(`a device in ${deviceLocale}`, () => {
    test.use({ deviceLocale });

    test('never shows the painted English, online or offline', async ({ page }) => {
      await notePaintedWords(page);
      await page.goto('/');
      expect((await painted(page)).words, 'the first visit paints no English').toBe('');
      await waitForServiceWorker(page);
      expect(await paintedOnlineAndOffline(page)).toEqual(['', '']);
      // Once the app runs, Tonight shows.
      await appRuns(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  });
}

test.describe('a device in English', () => {
  test.use({ deviceLocale: 'en-US' });

  test('paints English until Russian is stored, then never again', async ({ page }) => {
    await notePaintedWords(page);
    await page.goto('/');
    expect((await painted(page)).words).toContain('Start wind-down');
    await waitForServiceWorker(page);
    await storeLanguage(page, 'ru');
    expect(await paintedOnlineAndOffline(page)).toEqual(['', '']);
    expect((await painted(page)).language, 'the page arrives marked in Russian').toBe('ru');
  });
});

test.describe('a device in Russian with English stored', () => {
  test.use({ deviceLocale: 'ru-RU' });

  test('paints English', async ({ page }) => {
    await notePaintedWords(page);
    await page.goto('/');
    await waitForServiceWorker(page);
    await storeLanguage(page, 'en');
    const [online, offline] = await paintedOnlineAndOffline(page);
    expect(online).toContain('Start wind-down');
    expect(offline).toContain('Start wind-down');
  });
});
