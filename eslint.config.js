import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import autoImports from './.wxt/eslint-auto-imports.mjs';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', '.output', '.wxt', 'tests/fixtures', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The library runs in the browser, in Node and in the CLI: it must never reach for
    // browser-extension APIs, window globals, storage or the network.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/core/src/cli/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'browser',
        'chrome',
        'fetch',
        'localStorage',
        'sessionStorage',
        'XMLHttpRequest',
        'process',
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['wxt', 'wxt/*', 'webextension-polyfill', 'node:*', '@wxt-dev/*'] },
      ],
    },
  },
  {
    files: ['extension/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...autoImports.languageOptions.globals } },
  },
);
