// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import checkFile from 'eslint-plugin-check-file';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

const SERVER_ONLY = {
  group: ['hono', 'hono/*', '@hono/*', 'jose', 'node:*', 'miniflare', 'wrangler'],
  message: 'Browser code must never import server code or server-only libraries: secrets live there.',
};

// Boundaries on resolved paths (what an import names once resolved, however it is spelt).
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const ZONES = [
  {
    target: './src',
    from: './server',
    message: 'Browser code never imports server code: secrets live there.',
  },
  {
    target: './server',
    from: './src',
    message: 'Server code never imports browser code; share through contract/.',
  },
  {
    target: './contract',
    from: './',
    except: ['./contract', './node_modules'],
    message: 'contract/ is what both sides agree on: it imports nothing else in the repo.',
  },
  ...['./server/sandbox', './server/providers/*/sandbox/**'].map((from) => ({
    target: './server/proxy',
    from,
    message: 'The proxy never reaches the sandbox: it must not end up in the Worker bundle.',
  })),
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other; move shared code to src/ui, src/lib or src/domain.',
  })),
  { target: './src/providers', from: './src/features', message: 'Providers do not depend on features.' },
  {
    target: './src/domain',
    from: ['./src/providers', './node_modules/react', './node_modules/react-dom'],
    message: 'The domain model stands alone: no provider code, no React.',
  },
];

/** Folders holding files that break the rules on purpose, for eslint-boundaries.test.ts. */
export const LINT_FIXTURES = '**/lint-fixtures/**';

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
      LINT_FIXTURES,
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    settings: {
      // import-x reads TypeScript modules (for no-cycle) only when told to.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones: ZONES }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'check-file/filename-naming-convention': [
        'error',
        { '**/*.{ts,tsx,js}': 'KEBAB_CASE' },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
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
  {
    // Config files and the Worker entry are loaded by tools that require a default export.
    files: ['*.config.{ts,js}', 'vite.config.ts', 'server/entries/worker.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
