// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const SERVER_ONLY = {
  group: [
    '**/server/**',
    'server/**',
    'hono',
    'hono/*',
    '@hono/*',
    'jose',
    'node:*',
    'miniflare',
    'wrangler',
  ],
  message: 'Browser code must never import server code or server-only libraries: secrets live there.',
};

// Features stay independent: each may import shared layers, never another feature.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          SERVER_ONLY,
          {
            group: ['**/features/*/**', `!**/features/${feature}/**`],
            message: 'Features do not import each other; move shared code to src/ui, src/lib or src/domain.',
          },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.wrangler/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
      'bench/.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Named exports only: they keep imports greppable and refactors safe.
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    ...jsxA11y.flatConfigs.recommended,
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // TanStack Table/Virtual return fresh functions by design; the compiler rule only warns about that.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': ['error', { patterns: [SERVER_ONLY] }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: 'ImportExpression[source.value=/(^|\\/)server\\//]', message: SERVER_ONLY.message },
      ],
    },
  },
  ...featureBoundaries,
  {
    // Config files and the Worker entry are loaded by tools that require a default export.
    files: ['*.config.{ts,js}', 'vite.config.ts', 'server/entries/worker.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
