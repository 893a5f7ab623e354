// One lint configuration for the whole monorepo (flat config).
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '**/build/',
      '**/.svelte-kit/',
      '**/.strapi/',
      '**/.tmp/',
      '.data/',
      'cms/types/',
      'cms/src/admin/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // Sanitisers strip control characters on purpose; the regexes name them explicitly.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
    rules: {
      // Links are built by the portal's locale-aware path helpers (nl at /, /fr, /en); the app has no
      // base path, so SvelteKit's resolve() would add nothing but noise.
      'svelte/no-navigation-without-resolve': 'off',
    },
  },
  {
    files: ['cms/**/*.ts', 'plugins/*/server/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
