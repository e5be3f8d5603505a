import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './support/fixtures';
import { readStored, tuesdayMorning } from './support/check-in';

/** Presses Tab until `target` has focus, a bounded number of times. */
async function tabTo(page: Page, target: Locator, label: string) {
  const focused = target.and(page.locator(':focus'));
  for (let presses = 0; presses < 80 && (await focused.count()) === 0; presses += 1)
    await page.keyboard.press('Tab');
  await expect(focused, `Tab reaches ${label}`).toHaveCount(1);
}

test('the keyboard alone completes a check-in', async ({ page }) => {
  await page.clock.install({ time: tuesdayMorning });
  await page.goto('/check-in');
  await expect(page.getByText(/^Monday night/)).toBeVisible();
  const save = page.getByRole('button', { name: 'Save' });
  const confirm = page.getByRole('checkbox', { name: 'These times are right' });

  // Save before confirming: focus goes to the times, with what to do beside them.
  await tabTo(page, save, 'Save');
  await page.keyboard.press('Enter');
  await expect(confirm).toBeFocused();
  await expect(confirm).toHaveAccessibleDescription('Please confirm these times, or change them.');
  await page.keyboard.press('Space');
  await expect(confirm).toBeChecked();

  // Into the quality question: the arrow keys choose.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Very poor' })).toBeFocused();
  await page.keyboard.press('Space');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Good', exact: true })).toBeChecked();

  await tabTo(page, page.getByRole('button', { name: 'Cold feet' }), 'Cold feet');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Cold feet' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await tabTo(page, save, 'Save');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText(
    'Saved in your diary.',
  );
  expect(await readStored(page, 'lull-diary', '2026-11-23')).toMatchObject({
    quality: 'good',
    factors: ['cold-feet'],
  });
});

const themes = [
  { theme: 'dark', colorScheme: 'dark' },
  { theme: 'night', colorScheme: 'dark' },
  { theme: 'system', colorScheme: 'light' },
  { theme: 'system', colorScheme: 'dark' },
] as const;

for (const { theme, colorScheme } of themes) {
  test(`axe finds nothing on the check-in: ${theme} theme, ${colorScheme} system`, async ({
    page,
  }) => {
    await page.clock.install({ time: tuesdayMorning });
    await page.emulateMedia({ colorScheme });
    await page.goto('/settings');
    await page
      .getByRole('radio', {
        name: { dark: /^Dark/, night: /Night light/, system: /Follow system/ }[theme],
      })
      .check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.goto('/check-in');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.getByRole('checkbox', { name: 'These times are right' })).toBeVisible();
    await expectNoAxeViolations(page, `the check-in (${theme}, ${colorScheme})`);

    // With its problems showing, every optional question open, and the times as fields.
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('radio', { name: 'Once' }).click();
    await page.getByRole('radio', { name: 'More than one' }).click();
    await page.getByRole('button', { name: 'Alcohol' }).click();
    await page.getByRole('button', { name: 'Change times' }).click();
    await page.getByLabel('What time did you get out of bed?').fill('21:00');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByLabel('What time did you get out of bed?')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expectNoAxeViolations(page, `the check-in with problems (${theme}, ${colorScheme})`);
  });
}
