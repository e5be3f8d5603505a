import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../../scripts/chromium.mjs';
import { captureFirstTonight, paintedTonight } from '../../scripts/first-paint-capture.mjs';
import { expect, test } from './support/fixtures';

// index.html paints Tonight before any script runs (src/first-paint/); the app then takes that
// page over. These tests hold the painted page to the app's own render.

test('the Tonight index.html paints is the one the app renders on a first visit', async ({
  page,
  request,
  server,
}) => {
  const painted = paintedTonight(await (await request.get(`${server.url}/`)).text());
  expect(painted, 'index.html paints Tonight').toContain('Start wind-down');
  const rendered = await captureFirstTonight(page, server.url);
  expect(painted, 'src/first-paint/tonight.html is out of date: run `npm run first-paint`').toBe(
    rendered,
  );
});

test('the painted page shows Tonight before any script has run', async ({ server }) => {
  const profile = await mkdtemp(join(tmpdir(), 'lull-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    args: chromiumArgs,
    javaScriptEnabled: false,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${server.url}/`);
    await expect(page.getByRole('heading', { level: 1, name: 'Tonight' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start wind-down' })).toBeVisible();
    await expect(page.getByText(/Tonight’s routine takes about \d+ min/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});

test('the app takes the painted Tonight over without replacing or moving it', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-23T12:00:00'));
  // Before any of Lull's code runs: note the painted elements and where they sit.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const pick = (selector: string) => document.querySelector(selector);
      const painted = {
        heading: pick('h1'),
        steps: pick('.routine-preview-steps'),
        start: pick('a[href="/routine"]'),
        countdown: pick('.tonight-main'),
      };
      Object.assign(window, {
        painted,
        paintedTop: painted.steps?.getBoundingClientRect().top,
        paintedCountdown: painted.countdown?.textContent,
      });
    });
  });
  await page.goto('/');
  await expect(page.getByText('Wind-down starts in 10 h 15 min')).toBeVisible();
  await expect(page.getByText(/^at (22:15|10:15\sPM)$/)).toBeVisible();
  const kept = await page.evaluate(() => {
    const w = window as unknown as {
      painted: Record<string, Element | null>;
      paintedTop: number;
      paintedCountdown: string;
    };
    return {
      paintedCountdown: w.paintedCountdown,
      same: Object.fromEntries(
        Object.entries(w.painted).map(([name, element]) => [name, element?.isConnected === true]),
      ),
      moved: Math.abs(
        (document.querySelector('.routine-preview-steps')?.getBoundingClientRect().top ?? 0) -
          w.paintedTop,
      ),
    };
  });
  // The countdown row was painted empty (its words depend on the moment) and filled in place.
  expect(kept.paintedCountdown?.trim()).toBe('');
  expect(kept.same).toEqual({ heading: true, steps: true, start: true, countdown: true });
  expect(kept.moved).toBeLessThan(1);
});

test('another address never shows the painted Tonight', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () =>
      Object.assign(window, { paintedChildren: document.getElementById('app')?.childElementCount }),
    );
  });
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1, name: 'About Lull' })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { paintedChildren: number }).paintedChildren),
  ).toBe(0);
  await expect(page.getByRole('heading', { name: 'Tonight' })).toHaveCount(0);
});
