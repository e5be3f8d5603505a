import { test, expect } from './support/fixtures';

// A choice made in Settings must be on disk however soon the person leaves the page, and on a
// busy, slow device too: here the CPU runs 4x slower, and the page is left 0 to 300 ms after
// the change, inside the save debounce, many times over.

const themes = [
  { value: 'dark', label: /^Dark/ },
  { value: 'night', label: /Night light/ },
  { value: 'system', label: /Follow system/ },
] as const;
const motions = [
  { value: 'system', label: /As my device is set/ },
  { value: 'reduce', label: /Keep things still/ },
] as const;
const leaveAfterMs = [0, 30, 100, 300];
const rounds = 12;

test('a setting changed just before leaving the page is kept (stress, CPU slowed 4x)', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto('/settings');
  // The defaults are showing once the stored settings (none yet) have loaded.
  await expect(page.getByRole('radio', { name: /^Dark/ })).toBeChecked();
  for (let round = 0; round < rounds; round += 1) {
    // Every round changes both settings from what the last round chose.
    const theme = themes[(round + 1) % themes.length];
    const motion = motions[(round + 1) % motions.length];
    await page.getByRole('radio', { name: theme.label }).check();
    await page.getByRole('radio', { name: motion.label }).check();
    const delay = leaveAfterMs[round % leaveAfterMs.length];
    if (delay > 0) await page.waitForTimeout(delay);
    await page.goto('/settings');
    const kept = `round ${round + 1}: ${theme.value} and ${motion.value}, left after ${delay} ms`;
    await expect(page.getByRole('radio', { name: theme.label }), kept).toBeChecked();
    await expect(page.getByRole('radio', { name: motion.label }), kept).toBeChecked();
    await expect(page.locator('html'), kept).toHaveAttribute('data-theme', theme.value);
  }
});
