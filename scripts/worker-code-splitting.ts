import type { Plugin } from 'vite';

/**
 * Builds the service worker as one file the way Rolldown (Vite 8) asks for it. vite-plugin-pwa
 * 1.3 still sets `output.inlineDynamicImports: true`, which Rolldown deprecated in favour of
 * `codeSplitting: false` (same output) and warns about on every build; this swaps one for the
 * other before the worker's build starts. Drop it once the plugin sets `codeSplitting` itself.
 */
export function workerWithoutCodeSplitting(): Plugin {
  return {
    name: 'lull:worker-without-code-splitting',
    apply: 'build',
    config(config) {
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output) || output.inlineDynamicImports === undefined) return;
      output.codeSplitting = !output.inlineDynamicImports;
      delete output.inlineDynamicImports;
    },
  };
}
