import type { Plugin } from 'vite';

const helperId = '\0vite/preload-helper.js';

/**
 * Replaces Vite's preload helper with a plain call. Vite wraps every `import()` in a helper
 * (3.4 KB in the entry) that fetches the chunk's CSS and shared chunks ahead of it; Lull has one
 * stylesheet linked from index.html and `modulePreload: false`, so every list it is handed is
 * empty and it only ever calls the import.
 */
export function withoutPreloadHelper(): Plugin {
  return {
    name: 'lull:without-preload-helper',
    apply: 'build',
    enforce: 'pre',
    load: {
      filter: { id: new RegExp(`^${helperId}$`) },
      handler: () => 'export const __vitePreload = (load) => load();',
    },
  };
}
