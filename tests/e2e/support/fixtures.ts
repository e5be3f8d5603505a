import { test as base, chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.mjs';
import { startStaticServer, type StaticServer } from '../../../scripts/static-server.mjs';

/** The production build the browser tests run against. */
export const distDir = resolve('dist');

interface Fixtures {
  /** The device's language (navigator.languages), e.g. 'ru-RU'; Chromium's own by default. */
  deviceLocale: string | undefined;
  server: StaticServer;
  context: BrowserContext;
  page: Page;
  /** Every request the page made to an origin other than the app's own. */
  foreignRequests: string[];
}

/**
 * Each test gets its own server on a free port and a persistent Chromium profile (an
 * incognito context reports `in-incognito` instead of installability, and has no lasting
 * service worker).
 */
export const test = base.extend<Fixtures>({
  deviceLocale: [undefined, { option: true }],
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as the first argument.
  server: async ({}, use) => {
    const server = await startStaticServer(distDir);
    await use(server);
    await server.close();
  },
  context: async ({ server, deviceLocale }, use) => {
    const profile = await mkdtemp(join(tmpdir(), 'lull-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      args: chromiumArgs,
      baseURL: server.url,
      viewport: { width: 412, height: 915 },
      serviceWorkers: 'allow',
      locale: deviceLocale,
    });
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },
  foreignRequests: async ({ context, server }, use) => {
    const foreign: string[] = [];
    const own = new URL(server.url).origin;
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (['data:', 'blob:', 'chrome-extension:'].includes(url.protocol)) return;
      if (url.origin !== own) foreign.push(request.url());
    });
    await use(foreign);
  },
  page: async ({ context, foreignRequests }, use) => {
    void foreignRequests;
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** Waits until a service worker controls the page (reloading once if needed). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
}

/** Runs axe-core (WCAG 2.2 A and AA) on the page and expects no violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  // Contrast is measured on what a person sees once a screen has faded in, not mid-fade.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' ||
          animation.effect?.getTiming().iterations === Infinity,
      ),
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** The routes every build has. Later features add theirs to this list. */
export const appRoutes = ['/', '/settings', '/about'];
appRoutes.push('/schedule');
appRoutes.push('/breathe');
appRoutes.push('/stretch');
appRoutes.push('/routine');
appRoutes.push('/sounds');
appRoutes.push('/check-in');
appRoutes.push('/nights');

/**
 * Opens Tonight and waits until Lull itself runs it. index.html paints Tonight before any
 * script (src/first-paint/), with the countdown rows empty; once they are filled in, links move
 * within the app rather than loading a new page.
 */
export async function openTonight(page: Page): Promise<void> {
  await page.goto('/');
  await expect(
    page.getByText(/^(Wind-down starts in|Time to wind down|It is bedtime)/),
  ).toBeVisible();
}
