// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The project's lint rules: ESLint's and typescript-eslint's recommended sets, and Astro's for .astro files. */
export default tseslint.config(
  { ignores: ['dist/', 'mirror/', '.astro/', 'node_modules/', 'test/.tmp/', 'shots/', 'bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  { rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }] } },
  // A Russian page's text keeps its no-break spaces (before a dash, inside a date), as the typography lint requires.
  { files: ['**/*.astro'], rules: { 'no-irregular-whitespace': ['error', { skipJSXText: true }] } },
);
