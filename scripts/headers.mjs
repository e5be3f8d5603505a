// The HTTP headers a host should send with Lull (README, "Deploying"). The test server sends
// them too, so the browser tests run under the same policy as production.
import { firstPaintScriptHash } from './first-paint-script.mjs';

/** The Content-Security-Policy of index.html's meta tag, plus what only a header can say. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // Lull's own files, and the one inline script that starts it after the first paint.
  `script-src 'self' ${firstPaintScriptHash}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Headers for every response. */
export const securityHeaders = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * How long a file may be cached. Hashed assets never change; the worker, the page and the
 * manifest must always be revalidated, or an update could never reach anyone.
 * @param {string} path the path below dist/, starting with "/"
 */
export function cacheControl(path) {
  return path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}
