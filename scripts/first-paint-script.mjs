// The one inline script of the built index.html (src/first-paint/start.js), and the hash that
// lets it run under the Content-Security-Policy. Read from the source, so the page, the policy
// and the test server can never disagree.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/** @param {string} file a script in src/first-paint/, without its comments and indentation */
const shipped = (file) =>
  readFileSync(new URL(`../src/first-paint/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');

/** The script as index.html carries it: without its comments and indentation. */
export const firstPaintScript = shipped('start.js');

/** The worker the inline script starts to load Intl's data off the page (/intl-warmup.js). */
export const intlWarmupScript = shipped('intl-warmup.js');

/** Its CSP source expression: 'sha256-...'. */
export const firstPaintScriptHash = `'sha256-${createHash('sha256').update(firstPaintScript).digest('base64')}'`;
