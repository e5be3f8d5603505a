import type { Plugin } from 'vite';

/**
 * Adds <link rel="modulepreload"> for the chunks of the screen at start_url ("/") and the
 * modules it is made of (absolute paths), so they download alongside the entry instead of after
 * it has run: one round trip less before the first screen paints on a slow phone connection.
 */
export function preloadStartScreen(startModules: readonly string[]): Plugin {
  return {
    name: 'lull:preload-start-screen',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter(
          (output) =>
            output.type === 'chunk' && startModules.some((id) => Object.hasOwn(output.modules, id)),
        );
        const files = new Set<string>();
        for (const chunk of chunks) {
          if (chunk.type !== 'chunk') continue;
          files.add(chunk.fileName);
          for (const imported of chunk.imports) files.add(imported);
        }
        const present = new Set(
          [...html.matchAll(/(?:src|href)="\/([^"]+)"/g)].map((match) => match[1]),
        );
        const links = [...files]
          .filter((file) => !present.has(file))
          .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
          .join('\n    ');
        return html.replace('</head>', `  ${links}\n  </head>`);
      },
    },
  };
}
