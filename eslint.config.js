// ESLint (flat config): typescript-eslint's recommended rules and the layer boundaries
// of docs/architecture.md, checked rather than hoped for (STYLE.md #16).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Imports a lower layer must never make: `group` patterns as in `no-restricted-imports`. */
const layer = (message, group) => ({ 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] });

const NO_IO = [
  'node:fs',
  'node:fs/*',
  'fs',
  'fs/*',
  'node:child_process',
  'child_process',
  'node:net',
  'node:http',
  'node:https',
  'node:worker_threads',
  'node:os',
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '**/node_modules/**',
      '.cache/**',
      'demo-output/**',
      'coverage/**',
      'extension/dist/**',
      'test/**/fixtures/**',
      'test/corpus/**/files/**',
      'test/corpus/holdout/**',
      'test/corpus/real-world/secrets/generate.mjs',
      'test/shared/*/holdout/**',
      'examples/**',
      '.bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        fetch: 'readonly',
        performance: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
    },
  },
  // shared/: the pure core. No adapter, no machine.
  {
    files: ['shared/**/*.ts'],
    rules: layer('shared/ is the pure core: no I/O and no adapter imports (pass I/O in; see docs/architecture.md).', [
      '**/cli/**',
      '**/app/**',
      '**/lsp/**',
      '**/node/**',
      '**/extension/**',
      ...NO_IO,
    ]),
  },
  // node/: machine access for the CLI and the language server; no adapter imports.
  {
    files: ['node/**/*.ts'],
    rules: layer('node/ serves cli/ and lsp/; it imports shared/ only.', ['**/cli/**', '**/app/**', '**/lsp/**', '**/extension/**']),
  },
  // Thin adapters never import the CLI (or each other).
  // app/ reads repositories through the GitHub API only: of node/ it may use the worker-thread pool, nothing that touches the disk or git.
  {
    files: ['app/**/*.ts'],
    rules: layer('app/ imports shared/ and node/review-pool.js only (never cli/, lsp/ or the rest of node/).', [
      '**/cli/**',
      '**/lsp/**',
      '**/extension/**',
      '**/node/**',
      '!**/node/review-pool.js',
    ]),
  },
  { files: ['lsp/**/*.ts'], rules: layer('lsp/ imports shared/ and node/ (never cli/ or app/).', ['**/cli/**', '**/app/**', '**/extension/**']) },
  {
    files: ['extension/src/**/*.ts'],
    rules: layer('The extension talks to the server over LSP; it may share lsp/protocol.ts only.', [
      '**/cli/**',
      '**/app/**',
      '**/node/**',
      '**/shared/**',
    ]),
  },
  // The diagram webview's script runs in the browser.
  {
    files: ['extension/media/**/*.js'],
    languageOptions: { globals: { document: 'readonly', window: 'readonly', acquireVsCodeApi: 'readonly', mermaid: 'readonly' } },
  },
  // Tests and scripts may reach everything; they still get the recommended rules.
  {
    files: ['test/**/*.ts', 'scripts/**/*.js', 'scripts/**/*.mjs', 'bin/**/*.js', '*.js', '*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
