import { readdirSync } from 'node:fs';

/** What the rule says when a feature reaches outside itself: where such glue belongs instead. */
export const boundaryMessage =
  'A feature never imports another feature or the app. Put the glue in the composition root ' +
  '(src/app/), which hands each feature what it needs; shared contracts, data and words ' +
  'belong in src/lib/, shared pieces of screen in src/ui/.';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * ESLint config blocks, one per feature folder and depth, that hold STYLE.md's boundary with
 * `no-restricted-imports`: from `src/features/<name>/`, an import may go down into its own
 * folder or up to `src/lib/` and `src/ui/`, never sideways into another feature or up into the
 * app (`src/app/`, `src/app*.ts`).
 */
export function featureBoundaries(root, features = readdirSync(root)) {
  const blocks = [];
  for (const name of features) {
    // A file `depth` folders below the feature's own folder reaches src/features/ by depth+1 "..".
    for (let depth = 0; depth < 4; depth += 1) {
      const toFeatures = '\\.\\./'.repeat(depth + 1);
      const files = [`${root}/${name}/${'*/'.repeat(depth)}*.{ts,tsx}`];
      blocks.push({
        files,
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                // Sideways: ../<other feature>/..., never ../<own name>/...
                {
                  regex: `^${toFeatures}(?!${escape(name)}/)(?!\\.\\./)[^/]+/`,
                  message: boundaryMessage,
                },
                // Up into the app: ../../app..., src/app/ or src/app-*.ts
                { regex: `^${toFeatures}\\.\\./app([-/.]|$)`, message: boundaryMessage },
              ],
            },
          ],
        },
      });
    }
  }
  return blocks;
}
