// The one inline script of the built index.html (src/first-paint/start.js), and the hash that
// lets it run under the Content-Security-Policy. Read from the source, so the page, the policy
// and the test server can never disagree.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { minifySync } from 'rolldown/experimental';

/**
 * A script in src/first-paint/, minified as the bundler minifies the app's chunks (by its own
 * minifier): both are first-load JS, where the comments and long names cost 80 bytes gzip.
 * @param {string} file
 */
const shipped = (file) => {
  const source = readFileSync(new URL(`../src/first-paint/${file}`, import.meta.url), 'utf8');
  const { code, errors } = minifySync(file, source);
  if (errors.length > 0) throw new Error(`${file}: ${errors[0].message}`);
  return code.trim();
};

/** The script as index.html carries it, minified. */
export const firstPaintScript = shipped('start.js');

/** The worker the inline script starts to load Intl's data off the page (/intl-warmup.js). */
export const intlWarmupScript = shipped('intl-warmup.js');

/** Its CSP source expression: 'sha256-...'. */
export const firstPaintScriptHash = `'sha256-${createHash('sha256').update(firstPaintScript).digest('base64')}'`;
