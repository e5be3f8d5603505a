import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { budgets, measureSize, precacheUrls } from '../../scripts/measure-size.mjs';
import { contentSecurityPolicy, securityHeaders } from '../../scripts/headers.mjs';
import { firstPaintScript, firstPaintScriptHash } from '../../scripts/first-paint-script.mjs';
import { paintedTonight } from '../../scripts/first-paint-capture.mjs';

const dist = resolve('dist');

/** The paths of every screen, read from src/app/routes.tsx (the table the app routes by). */
const routePaths = async () =>
  [...(await readFile('src/app/routes.tsx', 'utf8')).matchAll(/path: '([^']+)'/g)].map((m) => m[1]);
/**
 * The part of the app each route's screen comes from ("breathing" for src/app/parts/breathing),
 * read from the routes table (`screenOf(models.breathing)`) and the composition root
 * (`breathing: lazy(() => import('./parts/breathing')...`).
 */
async function routeParts(): Promise<string[]> {
  const routes = await readFile('src/app/routes.tsx', 'utf8');
  const root = await readFile('src/app/models.ts', 'utf8');
  const partOf = new Map(
    [...root.matchAll(/(\w+)(?::| =) lazy\([^]*?import\('\.\/parts\/(\w+)'\)/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );
  return [...routes.matchAll(/screenOf\(models\.(\w+)\)/g)].map((m) => partOf.get(m[1]) ?? m[1]);
}
const readJson = async (file: string) => JSON.parse(await readFile(join(dist, file), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(file: string): Promise<[number, number]> {
  const bytes = await readFile(join(dist, file));
  expect(bytes.subarray(1, 4).toString('ascii'), `${file} is a PNG`).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the web app manifest', () => {
  it('has everything installation needs', async () => {
    const manifest = await readJson('manifest.webmanifest');
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Lull: bedtime routine',
      short_name: 'Lull',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.categories).toContain('health');
    for (const colour of [manifest.theme_color, manifest.background_color]) {
      const [r, g, b] = [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16));
      expect(r + g + b, `${colour} is dark`).toBeLessThan(120);
    }
  });

  it('lists icons of 192 and 512 px and a maskable one, each the size it claims', async () => {
    const { icons } = await readJson('manifest.webmanifest');
    const sizes = icons.map((icon: { sizes: string }) => icon.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((icon: { purpose?: string }) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      expect((await pngSize(icon.src)).join('x')).toBe(icon.sizes);
    }
    expect(await pngSize('apple-touch-icon.png')).toEqual([180, 180]);
  });

  it("gives the page a PNG icon the size it claims (an SVG one is a document on the page's main thread)", async () => {
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const link = /<link rel="icon" href="\/([^"]+)" sizes="(\d+x\d+)" type="image\/png"/.exec(html);
    expect(link, 'a <link rel="icon"> with a PNG, its size and type').not.toBeNull();
    expect((await pngSize(link?.[1] ?? '')).join('x')).toBe(link?.[2]);
  });

  it('has a narrow and a wide screenshot within the allowed proportions', async () => {
    const { screenshots } = await readJson('manifest.webmanifest');
    expect(screenshots.map((shot: { form_factor: string }) => shot.form_factor).sort()).toEqual([
      'narrow',
      'wide',
    ]);
    for (const shot of screenshots) {
      const [width, height] = await pngSize(shot.src);
      expect(`${width}x${height}`).toBe(shot.sizes);
      expect(Math.min(width, height)).toBeGreaterThanOrEqual(320);
      expect(Math.max(width, height)).toBeLessThanOrEqual(3840);
      expect(Math.max(width, height) / Math.min(width, height)).toBeLessThanOrEqual(2.3);
    }
  });

  it('has shortcuts only to screens that exist', async () => {
    const { shortcuts = [] } = await readJson('manifest.webmanifest');
    const paths = await routePaths();
    expect(paths).toContain('/');
    for (const shortcut of shortcuts) expect(paths).toContain(shortcut.url);
  });
});

describe('the service worker', () => {
  it('precaches the app shell, every file of it present, and not itself', async () => {
    const urls = await precacheUrls(dist);
    expect(urls).toContain('index.html');
    expect(urls).toContain('manifest.webmanifest');
    expect(urls.some((url) => /^assets\/index-.*\.js$/.test(url))).toBe(true);
    expect(urls.some((url) => /^assets\/.*\.css$/.test(url))).toBe(true);
    expect(urls).not.toContain('sw.js');
    expect(urls.length, 'each file is precached once').toBe(new Set(urls).size);
    expect(urls.filter((url) => url.startsWith('screenshots/'))).toEqual([]);
    for (const url of urls) expect((await stat(join(dist, url))).isFile(), url).toBe(true);
  });

  it("emits every route's screen (in its part) as its own chunk, loaded by the entry and precached", async () => {
    const screens = await routeParts();
    expect(screens).toHaveLength((await routePaths()).length);
    expect(new Set(screens).size, 'each route its own part').toBe(screens.length);
    const urls = await precacheUrls(dist);
    const assets = await readdir(join(dist, 'assets'));
    const entry = assets.find((file) => /^index-[\w-]+\.js$/.test(file));
    const entryCode = await readFile(join(dist, 'assets', entry ?? 'index.js'), 'utf8');
    for (const screen of screens) {
      const chunks = assets.filter((file) => new RegExp(`^${screen}-[\\w-]+\\.js$`).test(file));
      const loaded = chunks.filter((chunk) => entryCode.includes(`import(\`./${chunk}\`)`));
      expect(loaded, `${screen} has one chunk, loaded by its route`).toHaveLength(1);
      expect(urls, `${screen} is precached`).toContain(`assets/${loaded[0]}`);
    }
  });
});

describe('security', () => {
  it('index.html carries the content security policy, with one inline script it names', async () => {
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(contentSecurityPolicy);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(csp).toContain(`script-src 'self' ${firstPaintScriptHash}`);
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
    expect(inline.map((match) => match[1])).toEqual([firstPaintScript]);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('the README gives hosts the same policy the test server sends', async () => {
    const readme = await readFile('README.md', 'utf8');
    expect(readme).toContain(
      `Content-Security-Policy: ${securityHeaders['Content-Security-Policy']}\n`,
    );
  });
});

describe('the first paint', () => {
  it('paints Tonight from index.html, and starts the app only from the inline script', async () => {
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const tonight = paintedTonight(html);
    expect(tonight).toContain('<h1 id="screen-title" tabindex="-1">Tonight</h1>');
    expect(tonight).toContain('href="/routine">Start wind-down</a>');
    // No module script in the page itself: the entry waits in the template until the paint.
    expect(html).not.toMatch(/<script[^>]*type="module"/);
    const template = /<template id="start">([\s\S]*?)<\/template>/.exec(html)?.[1] ?? '';
    expect(template).toMatch(
      /^<link rel="modulepreload" crossorigin href="\/assets\/[^"]+\.js" data-entry>/,
    );
    expect(html.replace(template, '')).not.toContain('modulepreload');
  });

  it('has Chromium compile the entry and the first screen up front, and nothing loaded later', async () => {
    const html = await readFile(join(dist, 'index.html'), 'utf8');
    const firstLoad = (await measureSize(dist)).scripts.filter((file) =>
      file.startsWith('assets/'),
    );
    const hinted: string[] = [];
    for (const file of (await readdir(join(dist, 'assets'))).filter((f) => f.endsWith('.js'))) {
      const code = await readFile(join(dist, 'assets', file), 'utf8');
      if (code.startsWith('//# allFunctionsCalledOnLoad\n')) hinted.push(`assets/${file}`);
    }
    const entry = /href="\/(assets\/[^"]+\.js)" data-entry/.exec(html)?.[1];
    const home = firstLoad.find((file) => /^assets\/home-/.test(file));
    expect(hinted.sort()).toEqual([entry, home].sort());
  });
});

describe('size budgets', () => {
  it('stays within the first-load and precache budgets', async () => {
    const size = await measureSize(dist);
    expect(size.firstLoadJsGzip).toBeLessThanOrEqual(budgets.firstLoadJsGzip);
    expect(size.cssGzip).toBeLessThanOrEqual(budgets.cssGzip);
    expect(size.precacheBytes).toBeLessThanOrEqual(budgets.precacheBytes);
  });
});
