import { test, expect, waitForServiceWorker } from './support/fixtures';

// index.html is painted dark (src/first-paint/); the service worker serves it in the theme the
// person chose, so a Night light or light page never starts dark.

const choices = [
  { label: /Night light/, theme: 'night', colorScheme: 'dark' },
  { label: /Follow system/, theme: 'system', colorScheme: 'light' },
] as const;

for (const { label, theme, colorScheme } of choices) {
  test(`the painted page arrives in the chosen theme: ${theme}, ${colorScheme} system`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    // Noted the moment the <html> element exists, before any of Lull's code runs: the theme
    // the page arrived with.
    await page.addInitScript(() => {
      const record = () =>
        Object.assign(window, { arrivedTheme: document.documentElement.dataset.theme });
      if (document.documentElement) return record();
      new MutationObserver((_, observer) => {
        if (!document.documentElement) return;
        observer.disconnect();
        record();
      }).observe(document, { childList: true });
    });
    const arrivedTheme = () =>
      page.evaluate(() => (window as unknown as { arrivedTheme?: string }).arrivedTheme);
    await page.goto('/settings');
    await waitForServiceWorker(page);
    expect(await arrivedTheme(), 'before the choice, the page arrives dark').toBe('dark');
    await page.getByRole('radio', { name: label }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Tonight' })).toBeVisible();
    expect(await arrivedTheme(), 'the painted Tonight arrives in the chosen theme').toBe(theme);
    const themeColor = page.locator('meta[name="theme-color"]');
    await expect(themeColor).toHaveAttribute('content', theme === 'night' ? '#000000' : '#0b0d14');
  });
}
