import { test, expect, waitForServiceWorker, appRoutes, openTonight } from './support/fixtures';

test('Chromium finds Lull installable', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
});

test('a service worker controls the page after a reload', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
});

test('every screen opens with the network off', async ({ page, context }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  for (const route of appRoutes) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }
});

test('every screen opens when the server is gone', async ({ page, server }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  // Only the first visit was online: every screen's code must come from the precache.
  await server.close();
  for (const route of appRoutes) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the navigation reaches each screen by its own URL', async ({ page }) => {
  await openTonight(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: /About Lull/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'About Lull' })).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Tonight' })).toBeVisible();
  await page.goto('/no-such-screen');
  await expect(page.getByRole('heading', { level: 1, name: 'Nothing here' })).toBeVisible();
});

test('Lull asks nothing of any other origin', async ({ page, foreignRequests }) => {
  for (const route of appRoutes) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await waitForServiceWorker(page);
  expect(foreignRequests).toEqual([]);
});

test('the About page says what Lull is not, and when to see a doctor', async ({ page }) => {
  await page.goto('/about');
  await expect(page.getByText('It is not a medical device')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'When to talk to a doctor' })).toBeVisible();
  await expect(page.getByText(/^Lull 0\.\d+\.\d+/)).toBeVisible();
});
