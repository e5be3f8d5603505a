// What index.html should paint first: Tonight as the app itself renders it on a first visit,
// captured from a production build. Used by `npm run first-paint` to write
// src/first-paint/tonight.html, and by the browser test that fails when that file is stale.

/**
 * Chunks that load only after the first screen has painted, never part of it: the parts of the
 * app that src/app/late-parts.ts starts (updates, reminders, the install offer).
 */
const later = /\/assets\/(update|reminders|install)-[^/]+\.js$/;

/**
 * The markup of Tonight as the app renders it for a first visit at midday (so the countdown
 * rows are those of the day), with the rows' time-dependent words blanked.
 * @param {import('playwright-core').Page} page a page of a fresh browser context
 * @param {string} origin the build's server, e.g. http://127.0.0.1:4173
 * @returns {Promise<string>}
 */
export async function captureFirstTonight(page, origin) {
  await page.clock.setFixedTime(new Date('2026-11-23T12:00:00'));
  await page.route(later, (route) => route.abort());
  // The page without its painted Tonight, so the app renders everything itself.
  await page.route(`${origin}/`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /<div id="app">[\s\S]*?<\/div>(\s*<template id="start">)/,
      '<div id="app"></div>$1',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto(`${origin}/`);
  await page.locator('.routine-preview-steps').waitFor();
  await page.waitForTimeout(300);
  const markup = await page.evaluate(() => document.getElementById('app')?.innerHTML ?? '');
  await page.unrouteAll();
  return blankCountdown(markup);
}

/**
 * Tonight's markup with the words of its countdown rows (which depend on the moment) replaced by
 * a no-break space: the rows keep their height, and the app fills them in when it takes over.
 * @param {string} markup
 */
export function blankCountdown(markup) {
  return markup.replace(
    /(<p class="(?:tonight-main|tonight-second|muted)">)[^<]*(<\/p>)/g,
    '$1\u00a0$2',
  );
}

/**
 * The Tonight that a built index.html paints (the inside of its #app).
 * @param {string} html
 */
export function paintedTonight(html) {
  return /<div id="app">([\s\S]*?)<\/div>\s*<template id="start">/.exec(html)?.[1] ?? '';
}
