// npm run first-paint: writes src/first-paint/tonight.html, the Tonight that index.html paints
// before any script runs, from the app itself. Run it after changing what Tonight shows on a
// first visit; the browser tests fail until it has been run.
import { writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { captureFirstTonight } from './first-paint-capture.mjs';

const file = 'src/first-paint/tonight.html';
const build = () =>
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });

build();
const server = await startStaticServer('dist');
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lull-fp-')), {
  executablePath: findChromium(),
  args: chromiumArgs,
  locale: 'en-US',
  serviceWorkers: 'block',
});
const page = context.pages()[0] ?? (await context.newPage());
const markup = await captureFirstTonight(page, server.url);
await context.close();
await server.close();
if (!markup.includes('routine-preview-steps')) throw new Error('Tonight did not render');
await writeFile(file, `${markup}\n`);
console.log(`wrote ${file} (${markup.length} characters); building again with it`);
build();
