import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, appRoutes, openTonight } from './support/fixtures';

const themes = [
  { theme: 'dark', colorScheme: 'dark' },
  { theme: 'night', colorScheme: 'dark' },
  { theme: 'system', colorScheme: 'light' },
  { theme: 'system', colorScheme: 'dark' },
] as const;

// Each theme's walk in parts of a few screens, so that one test stays well inside its time on
// a loaded machine however many screens Lull has.
const PART = 4;
const parts = Array.from({ length: Math.ceil(appRoutes.length / PART) }, (_, index) =>
  appRoutes.slice(index * PART, (index + 1) * PART),
);

for (const { theme, colorScheme } of themes) {
  for (const routes of parts) {
    test(`no axe violations on ${routes.join(' ')}: ${theme} theme, ${colorScheme} system`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/settings');
      await page
        .getByRole('radio', {
          name: { dark: /^Dark/, night: /Night light/, system: /Follow system/ }[theme],
        })
        .check();
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      for (const route of routes) {
        await page.goto(route);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expectNoAxeViolations(page, `${route} (${theme}, ${colorScheme})`);
      }
    });
  }
}

/** Presses Tab until `target` has focus, a bounded number of times. */
async function tabTo(page: Page, target: Locator, label: string): Promise<void> {
  const focused = target.and(page.locator(':focus'));
  for (let presses = 0; presses < 120 && (await focused.count()) === 0; presses += 1)
    await page.keyboard.press('Tab');
  await expect(focused, `Tab reaches ${label}`).toHaveCount(1);
}

/** Tab to the link, Enter, and the screen opens with its heading focused. */
async function openByKeyboard(page: Page, link: string, heading: string): Promise<void> {
  await tabTo(page, page.getByRole('link', { name: link, exact: true }), `the link "${link}"`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
}

test('the whole app works from the keyboard', async ({ page }) => {
  await openTonight(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  // Every screen, by Tab and Enter alone: the bar's five, and the three reached from them.
  await openByKeyboard(page, 'Breathe', 'Breathe');
  await openByKeyboard(page, 'Stretch', 'Stretch');
  await openByKeyboard(page, 'Sounds', 'Sounds');
  await openByKeyboard(page, 'Settings', 'Settings');
  await tabTo(page, page.getByRole('radio', { name: /^Dark/ }), 'the Dark theme');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Night light/ })).toBeChecked();
  await openByKeyboard(page, 'About Lull, privacy and health notes', 'About Lull');
  await openByKeyboard(page, 'Tonight', 'Tonight');
  await openByKeyboard(page, 'Change your schedule', 'Sleep schedule');
  await openByKeyboard(page, 'Tonight', 'Tonight');
  await openByKeyboard(page, 'Start wind-down', 'Wind-down');
});

test('every button and link is at least 48 px tall', async ({ page }) => {
  for (const route of appRoutes) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const small = await page.$$eval(
      'main button, main a.button, nav a, main label.choice',
      (elements) =>
        elements
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .filter((element) => element.getBoundingClientRect().height < 48)
          .map((element) => element.textContent?.trim()),
    );
    expect(small, route).toEqual([]);
  }
});
