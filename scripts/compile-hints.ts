import type { RenderedChunk } from 'rolldown';

/** V8's explicit compile hint (Chromium 136+): compile every function of this file up front. */
const hint = '//# allFunctionsCalledOnLoad';

/**
 * A `postBanner` (added after minification, which drops comments) that marks the chunks a
 * first visit runs: the entry, and the first screen's (holding any of `startModules`, absolute
 * paths). Chromium then compiles all their functions while it downloads them, on its streaming
 * thread. Left to compile lazily, each function's first call compiled it on the main thread:
 * about 40% of the render that takes the painted page over, which made it one task of 70-100
 * ms at Lighthouse's 4x slowdown. Other browsers ignore the comment; it costs 10 bytes gzip.
 */
export function compileHints(startModules: readonly string[]) {
  return (chunk: RenderedChunk): string =>
    chunk.isEntry || startModules.some((id) => chunk.moduleIds.includes(id)) ? hint : '';
}
