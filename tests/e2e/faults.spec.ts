import { test, expect } from './support/fixtures';

test('with IndexedDB unusable, Lull still works and says changes last until it closes', async ({
  page,
}) => {
  // As in some private-browsing modes: opening a database fails.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = function open() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await page.goto('/settings');
  const banner = page
    .getByRole('alert')
    .filter({ hasText: 'Lull cannot save on this device right now' });
  await expect(banner).toBeVisible();
  await expect(banner).toHaveCount(1);
  await page.getByRole('radio', { name: /Night light/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'night');
  await page.getByRole('link', { name: /About Lull/ }).click();
  await expect(page.getByText('Only kept until you close Lull')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'night');
});

test('a full disk is reported once, and what was saved before is not lost', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: /Night light/ }).check();
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByRole('radio', { name: /Night light/ })).toBeChecked();

  // From now on every write is refused for lack of space.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function put() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('radio', { name: /Keep things still/ }).check();
  await page.getByRole('radio', { name: /Follow system/ }).check();
  const notice = page.getByRole('alert').filter({ hasText: 'out of storage space' });
  await expect(notice).toHaveCount(1);
  // The change still applies for now...
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  // ...and the saved value from before is intact on disk.
  await page.reload();
  await expect(page.getByRole('radio', { name: /Night light/ })).toBeChecked();
});

test('a lost database connection is reopened and the change still lands', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByRole('radio', { name: /^Dark/ })).toBeChecked();
  // Safari's failure after the app was in the background: the first write finds the
  // connection closing; the storage module must reopen it and retry.
  await page.evaluate(() => {
    const original = IDBDatabase.prototype.transaction;
    let failures = 1;
    IDBDatabase.prototype.transaction = function transaction(
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      if (args[1] === 'readwrite' && failures-- > 0)
        throw new DOMException('The database connection is closing.', 'InvalidStateError');
      return original.apply(this, args);
    };
  });
  await page.getByRole('radio', { name: /Night light/ }).check();
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByRole('radio', { name: /Night light/ })).toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
