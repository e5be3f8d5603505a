// Renders every app icon from the one SVG source (public/favicon.svg) in Chromium.
// Run after changing the source: npm run icons
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

const svg = await readFile(new URL('../public/favicon.svg', import.meta.url), 'utf8');
const out = new URL('../public/', import.meta.url);

// Maskable icons are cropped to a circle or squircle by the launcher: keep the picture in the
// inner 80% "safe zone" (W3C manifest spec) on a full-bleed background.
// The page's own icon is a small PNG, not the SVG: a browser renders an SVG favicon as a
// document of its own on the page's main thread (a long task at start-up on a slow phone);
// a 48 px PNG is sharp in a tab at up to three times the pixel density and decodes at once.
const targets = [
  { file: 'icons/favicon-48.png', size: 48, scale: 1 },
  { file: 'icons/icon-192.png', size: 192, scale: 1 },
  { file: 'icons/icon-512.png', size: 512, scale: 1 },
  { file: 'icons/icon-maskable-512.png', size: 512, scale: 0.8 },
  { file: 'apple-touch-icon.png', size: 180, scale: 1 },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const page = await browser.newPage();
await mkdir(new URL('icons/', out), { recursive: true });
for (const { file, size, scale } of targets) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * scale);
  await page.setContent(
    `<body style="margin:0;background:#0b0d14;display:grid;place-items:center;width:${size}px;height:${size}px">` +
      `<img style="width:${inner}px;height:${inner}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
  );
  await page.waitForFunction(() => document.images[0]?.complete);
  const target = new URL(file, out);
  await writeFile(target, await page.screenshot({ type: 'png' }));
  const optimized = optimize(fileURLToPath(target));
  console.log(`wrote public/${file} (${size}x${size})${optimized ? ', optimized' : ''}`);
}
await browser.close();

/**
 * Every precached byte counts against the budget: a flat-coloured icon loses two thirds of
 * its size to a palette (pngquant) and a recompression (optipng) with no visible change.
 * Both are Debian packages (`apt-get install pngquant optipng`); without them, icons stay as
 * rendered.
 * @param {string} path
 */
function optimize(path) {
  try {
    execFileSync('pngquant', [
      '--quality=80-98',
      '--speed',
      '1',
      '--strip',
      '--force',
      '--ext',
      '.png',
      path,
    ]);
    execFileSync('optipng', ['-quiet', '-o5', path]);
    return true;
  } catch {
    return false;
  }
}
