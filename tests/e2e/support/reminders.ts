import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, waitForServiceWorker } from './fixtures';

/** Helpers of the reminder specs. */

/** Loads Lull once, lets the service worker take over, cuts the network, opens /schedule. */
export async function openScheduleOffline(page: Page, context: BrowserContext) {
  await page.goto('/');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto('/schedule');
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep schedule' })).toBeVisible();
}

/** The page's service worker. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}
