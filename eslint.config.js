import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { featureBoundaries } from './scripts/eslint/feature-boundaries.mjs';

export default tseslint.config(
  { ignores: ['dist', '.tmp', 'node_modules', 'test-results', 'playwright-report', 'bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Settings live in IndexedDB (src/lib/storage).' },
      ],
    },
  },
  {
    // The house rule of STYLE.md: lib/ and ui/ never import a feature.
    files: ['src/lib/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**'], message: 'lib/ and ui/ never import a feature.' },
            { regex: '(^|/)app(-[\\w-]+)?(/|$)', message: 'lib/ and ui/ never import the app.' },
          ],
        },
      ],
    },
  },
  // STYLE.md: a feature never imports another feature or the app shell.
  ...featureBoundaries('src/features'),
  {
    // The server runs in Node: it takes only the pure schedule and reminder rules from lib/.
    files: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/features/**',
                '**/ui/**',
                '**/sw/**',
                '**/app/**',
                '../app*',
                '../main',
                '../../app*',
              ],
              message: 'The server imports only runtime-neutral lib/ code.',
            },
            {
              // What tsconfig.server.json compiles: the schedule maths and the reminder rules.
              regex: '/lib/(?!schedule/|reminders/(due|plan|pushed-reminder)$)',
              message: 'The server imports only the runtime-neutral schedule and reminder rules.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
