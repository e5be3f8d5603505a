import { test, expect } from './support/fixtures';

test('with IndexedDB unusable, Lull still works and says changes last until it closes', async ({
  page,
}) => {
  // As in some private-browsing modes: opening a database fails.
  await page.addInitScript(() => {
    const hits = { refused: 0 };
    Object.assign(window, { idbOpen: hits });
    IDBFactory.prototype.open = function open() {
      hits.refused += 1;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  const refusedOpens = () =>
    page.evaluate(() => (window as unknown as { idbOpen: { refused: number } }).idbOpen.refused);
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
  // The failure was really met: Lull tried to open its database and was refused.
  expect(await refusedOpens()).toBeGreaterThan(0);
});

test('a full disk is reported once, and what was saved before is not lost', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: /Night light/ }).check();
  await page.reload();
  await expect(page.getByRole('radio', { name: /Night light/ })).toBeChecked();

  // From now on every write is refused for lack of space.
  await page.evaluate(() => {
    const hits = { refused: 0 };
    Object.assign(window, { idbPut: hits });
    IDBObjectStore.prototype.put = function put() {
      if (this.transaction.db.name === 'lull-settings') hits.refused += 1;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.getByRole('radio', { name: /Keep things still/ }).check();
  await page.getByRole('radio', { name: /Follow system/ }).check();
  const notice = page.getByRole('alert').filter({ hasText: 'out of storage space' });
  await expect(notice).toHaveCount(1);
  // The settings' own writes met the full disk (not only some other store's).
  expect(
    await page.evaluate(
      () => (window as unknown as { idbPut: { refused: number } }).idbPut.refused,
    ),
  ).toBeGreaterThan(0);
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
    const hits = { thrown: 0, landed: 0 };
    Object.assign(window, { idbWrites: hits });
    IDBDatabase.prototype.transaction = function transaction(
      ...args: Parameters<IDBDatabase['transaction']>
    ) {
      // Only the settings' database: another store's write must not use up the one failure.
      if (this.name !== 'lull-settings' || args[1] !== 'readwrite')
        return original.apply(this, args);
      if (hits.thrown === 0) {
        hits.thrown += 1;
        throw new DOMException('The database connection is closing.', 'InvalidStateError');
      }
      const opened = original.apply(this, args);
      opened.addEventListener('complete', () => (hits.landed += 1));
      return opened;
    };
  });
  const writes = () =>
    page.evaluate(
      () => (window as unknown as { idbWrites: { thrown: number; landed: number } }).idbWrites,
    );
  await page.getByRole('radio', { name: /Night light/ }).check();
  // The failure was met, and a write on a new connection landed after it: by then any alert
  // about the failed write would be showing.
  await expect.poll(async () => (await writes()).thrown).toBe(1);
  await expect.poll(async () => (await writes()).landed).toBeGreaterThan(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('radio', { name: /Night light/ })).toBeChecked();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
