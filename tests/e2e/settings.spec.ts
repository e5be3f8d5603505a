import { readFile } from 'node:fs/promises';
import { test, expect } from './support/fixtures';

test('a theme chosen in Settings survives a reload', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: /Night light/ }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'night');
  await page.reload();
  await expect(page.getByRole('radio', { name: /Night light/ })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'night');
});

test('a change saved when the page hides is not lost', async ({ page, context }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: /Keep things still/ }).check();
  // Closing the tab straight away: the pagehide flush must save it.
  const other = await context.newPage();
  await page.close({ runBeforeUnload: true });
  await other.goto('/settings');
  await expect(other.getByRole('radio', { name: /Keep things still/ })).toBeChecked();
});

test('a second tab sees a change made in the first', async ({ page, context }) => {
  await page.goto('/settings');
  const second = await context.newPage();
  await second.goto('/settings');
  await page.getByRole('radio', { name: /Night light/ }).check();
  await expect(second.getByRole('radio', { name: /Night light/ })).toBeChecked();
  await expect(second.locator('html')).toHaveAttribute('data-theme', 'night');
  // And the second tab's own change does not undo the first tab's.
  await second.getByRole('radio', { name: /Keep things still/ }).check();
  await expect(page.getByRole('radio', { name: /Keep things still/ })).toBeChecked();
  await expect(page.getByRole('radio', { name: /Night light/ })).toBeChecked();
});

test('export then import restores the data; a bad file changes nothing', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: /Night light/ }).check();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my data' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^lull-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = await readFile((await download.path()) as string, 'utf8');
  expect(JSON.parse(backup)).toMatchObject({
    app: 'lull',
    settings: { data: { appearance: { theme: 'night' } } },
  });

  await page.getByRole('radio', { name: /^Dark/ }).check();
  const input = page.getByLabel('Import a backup');
  await input.setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await expect(
    page.getByText(
      'That file is not a Lull backup (it is not readable as JSON). Nothing was changed.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Dark/ })).toBeChecked();

  await input.setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  const dialog = page.getByRole('dialog', { name: 'Replace your data?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(
    /This backup from .+ will replace your current settings and journal \(0 entries\)\./,
  );
  await dialog.getByRole('button', { name: 'Replace my data' }).click();
  await expect(page.getByText('Your backup is restored.')).toBeVisible();
  await expect(page.getByRole('radio', { name: /Night light/ })).toBeChecked();
});
