import { test, expect, openTonight } from './support/fixtures';

test('a screen whose code cannot load shows a calm recovery screen, not a blank page', async ({
  page,
  context,
}) => {
  // No service worker here, so the network decides: the Settings screen's code fails to load,
  // as it would in an old tab after an update while offline.
  await context.route(/\/settings-[\w-]+\.js$/, (route) => route.abort('failed'));
  await openTonight(page);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();

  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
  await expect(page.getByText('Your settings and journal are safe on this device.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  expect((await download).suggestedFilename()).toMatch(/^lull-backup-.*\.json$/);

  // The rest of Lull still works.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Tonight' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tonight' })).toBeVisible();
});
