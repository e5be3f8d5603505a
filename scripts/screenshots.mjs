// npm run screenshots: photographs the real app (a production build) for the manifest's
// store-style screenshots and for the README's picture of each theme.
import { mkdir } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { sampleNights, seedDiaryInPage } from './screenshot-diary.mjs';

if (!existsSync('dist/index.html'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
await mkdir('public/screenshots', { recursive: true });
const server = await startStaticServer('dist');

/**
 * One screenshot of `path` in `theme` at a CSS viewport and pixel ratio.
 * With `diary`, two weeks of sample nights are in the sleep diary, and it is the morning after.
 * With `locale`, the device speaks that language (Lull follows it) and the theme stays the
 * default dark; with `press`, that button is pressed first (a stretch started).
 * @param {{ file: string, path: string, theme?: string, colorScheme: 'dark' | 'light', width: number, height: number, scale: number, diary?: boolean, locale?: string, press?: string }} shot
 */
async function photograph({
  file,
  path,
  theme,
  colorScheme,
  width,
  height,
  scale,
  diary,
  locale,
  press,
}) {
  const context = await chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), 'lull-shot-')),
    {
      executablePath: findChromium(),
      args: chromiumArgs,
      viewport: { width, height },
      deviceScaleFactor: scale,
      colorScheme,
      locale: locale ?? 'en-US',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  // An evening, so Tonight shows the countdown to the wind-down rather than "past bedtime".
  await page.clock.setFixedTime(
    diary ? new Date('2026-11-24T07:40:00') : new Date('2026-11-23T21:32:00'),
  );
  await page.goto(`${server.url}/settings`);
  if (theme)
    await page
      .getByRole('radio', {
        name: { dark: /^Dark/, night: /Night light/, system: /Follow system/ }[theme],
      })
      .check();
  if (diary) await page.evaluate(seedDiaryInPage, sampleNights('2026-11-22'));
  await page.goto(`${server.url}${path}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (press) await page.getByRole('button', { name: press, exact: true }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `public/screenshots/${file}` });
  console.log(`wrote public/screenshots/${file} (${width * scale}x${height * scale})`);
  await context.close();
}

const shots = [
  {
    file: 'narrow.png',
    path: '/',
    theme: 'dark',
    colorScheme: 'dark',
    width: 360,
    height: 800,
    scale: 1.5,
  },
  {
    file: 'wide.png',
    path: '/',
    theme: 'dark',
    colorScheme: 'dark',
    width: 1280,
    height: 720,
    scale: 1,
  },
  {
    file: 'theme-dark.png',
    path: '/settings',
    theme: 'dark',
    colorScheme: 'dark',
    width: 360,
    height: 800,
    scale: 1,
  },
  {
    file: 'nights.png',
    path: '/nights',
    theme: 'dark',
    colorScheme: 'dark',
    width: 360,
    height: 800,
    scale: 1,
    diary: true,
  },
  {
    file: 'check-in.png',
    path: '/check-in',
    theme: 'dark',
    colorScheme: 'dark',
    width: 360,
    height: 800,
    scale: 1,
    diary: true,
  },
  {
    file: 'theme-night.png',
    path: '/settings',
    theme: 'night',
    colorScheme: 'dark',
    width: 360,
    height: 800,
    scale: 1,
  },
  {
    file: 'theme-light.png',
    path: '/settings',
    theme: 'system',
    colorScheme: 'light',
    width: 360,
    height: 800,
    scale: 1,
  },
  // Tonight, a stretch and /schedule in Russian and in Chinese (Debian's Chromium needs
  // fonts-noto-cjk for the Chinese).
  ...[
    { code: 'ru', locale: 'ru-RU', start: 'Начать' },
    { code: 'zh', locale: 'zh-CN', start: '开始' },
  ].flatMap(({ code, locale, start }) =>
    [
      { file: `tonight-${code}.png`, path: '/' },
      { file: `stretch-${code}.png`, path: '/stretch', press: start },
      { file: `schedule-${code}.png`, path: '/schedule' },
    ].map((shot) => ({
      ...shot,
      locale,
      colorScheme: 'dark',
      width: 360,
      height: 800,
      scale: 1,
    })),
  ),
];
/** @type {Array<Parameters<typeof photograph>[0]>} */
const typed = /** @type {any} */ (shots);
const only = process.argv[2];
for (const shot of typed) if (!only || shot.file.includes(only)) await photograph(shot);
await server.close();
