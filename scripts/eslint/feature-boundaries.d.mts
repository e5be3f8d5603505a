import type { Linter } from 'eslint';

/** What the rule says when a feature reaches outside itself. */
export const boundaryMessage: string;
/** ESLint config blocks holding STYLE.md's feature boundary, one per feature folder and depth. */
export function featureBoundaries(root: string, features?: string[]): Linter.Config[];
