import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { expect, test } from './support/fixtures';

// The words these tests expect come from the Russian and Chinese catalogs: Tonight's title
// ('Сегодня', '今晚') and Settings' title ('Настройки', '设置').

test('Chinese chosen in Settings changes every screen at once, and survives a reload', async ({
  page,
}) => {
  const translationChunks: string[] = [];
  page.on('request', (request) => {
    if (/translations-/.test(request.url())) translationChunks.push(request.url());
  });
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(translationChunks, 'English loads no translations').toEqual([]);
  await expect(page.getByRole('radio', { name: 'Same as this device' })).toBeChecked();
  await expect(page.getByText('Русский', { exact: true })).toHaveAttribute('lang', 'ru');

  // A mark on the page: it is gone if the page reloads.
  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
  await page.getByRole('radio', { name: '简体中文' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await page.getByRole('link', { name: 'Lull', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: '今晚' })).toBeVisible();
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1, name: '今晚' })).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByRole('radio', { name: '简体中文' })).toBeChecked();

  // And back: each language stays findable by its own name.
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('a device set to Russian opens Lull in Russian', async ({ server }) => {
  const profile = await mkdtemp(join(tmpdir(), 'lull-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: chromiumArgs,
    baseURL: server.url,
    locale: 'ru-RU',
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Сегодня' })).toBeVisible();
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
