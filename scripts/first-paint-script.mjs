// The one inline script of the built index.html (src/first-paint/start.js), and the hash that
// lets it run under the Content-Security-Policy. Read from the source, so the page, the policy
// and the test server can never disagree.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

/** The script as index.html carries it: without its comments and indentation. */
export const firstPaintScript = readFileSync(
  new URL('../src/first-paint/start.js', import.meta.url),
  'utf8',
)
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('//'))
  .join('\n');

/** Its CSP source expression: 'sha256-...'. */
export const firstPaintScriptHash = `'sha256-${createHash('sha256').update(firstPaintScript).digest('base64')}'`;
