/** Where src/first-paint/start.js leaves the promise of its Intl warm-up worker. */
interface WarmupHost {
  lullIntlReady?: Promise<void>;
}

/**
 * Settles once Intl's data has loaded in the worker the page's start script runs
 * (src/first-paint/intl-warmup.js), so the first format on the main thread is quick; undefined
 * (nothing to wait for) where there is none: `npm run dev`, unit tests. Formatting while that
 * worker still loads would wait for it inside one long task, so the first screen waits instead.
 */
export const intlReady = (host = globalThis as WarmupHost) => host.lullIntlReady;
