import { test, expect, expectNoAxeViolations, appRoutes, openTonight } from './support/fixtures';

const themes = [
  { theme: 'dark', colorScheme: 'dark' },
  { theme: 'night', colorScheme: 'dark' },
  { theme: 'system', colorScheme: 'light' },
  { theme: 'system', colorScheme: 'dark' },
] as const;

for (const { theme, colorScheme } of themes) {
  test(`no axe violations on any screen: ${theme} theme, ${colorScheme} system`, async ({
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
    for (const route of appRoutes) {
      await page.goto(route);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, `${route} (${theme}, ${colorScheme})`);
    }
  });
}

test('the whole app works from the keyboard', async ({ page }) => {
  await openTonight(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await page.getByRole('radio', { name: /^Dark/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /Night light/ })).toBeChecked();
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
