import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './headers.mjs';
import { firstPaintScript, intlWarmupScript } from './first-paint-script.mjs';

/**
 * Makes the built index.html paint Tonight before any script runs:
 * - its #app holds Tonight as a first visit sees it (src/first-paint/tonight.html, written by
 *   `npm run first-paint`; a browser test fails when it no longer matches the app);
 * - the app's code (the entry and the preloads of the first screen) waits in a <template>, so
 *   the stylesheets have the connection to themselves; the one inline script
 *   (src/first-paint/start.js) starts it all once the page has painted;
 * - /intl-warmup.js, the worker that script starts to load Intl's data beside the page;
 * - the meta Content-Security-Policy becomes the full policy, with that script's hash.
 * The app then takes the painted page over without replacing it (src/main.tsx).
 */
export function firstPaint(snapshotFile: string): Plugin {
  return {
    name: 'lull:first-paint',
    apply: 'build',
    enforce: 'post',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'intl-warmup.js', source: intlWarmupScript });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const snapshot = readFileSync(snapshotFile, 'utf8').trim();
        const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>\s*/;
        const preloads = /<link rel="modulepreload"[^>]*>\s*/g;
        const policy = /(http-equiv="Content-Security-Policy"\s+content=")[^"]+"/;
        const app = '<div id="app"></div>';
        const src = entry.exec(html)?.[1];
        if (!src) throw new Error('first-paint: index.html has no entry script');
        if (!policy.test(html)) throw new Error('first-paint: index.html has no policy meta tag');
        if (!html.includes(app)) throw new Error('first-paint: index.html has no #app');
        const code = [
          `<link rel="modulepreload" crossorigin href="${src}" data-entry>`,
          ...[...html.matchAll(preloads)].map((match) => match[0].trim()),
        ].join('');
        return html
          .replace(entry, '')
          .replace(preloads, '')
          .replace(policy, `$1${contentSecurityPolicy}"`)
          .replace(
            app,
            `<div id="app">${snapshot}</div>\n    <template id="start">${code}</template>\n    <script>${firstPaintScript}</script>`,
          );
      },
    },
  };
}
