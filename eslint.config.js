// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Layers may only import "downwards": app → designer/simulator/settings → store → engine. */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'node_modules', 'coverage', '.bench', '.test-results', '.perf-*', 'bench/out', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error',
        { object: 'it', property: 'only', message: 'Do not commit focused tests.' },
        { object: 'describe', property: 'only', message: 'Do not commit focused tests.' },
        { object: 'test', property: 'only', message: 'Do not commit focused tests.' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'stories/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The engine is pure: no React, no IndexedDB, no DOM, no other layer.
    files: ['src/engine/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      ...restrict([
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*', '@xstate/react', 'react-router', 'react-router/*'], message: 'The engine must not depend on React.' },
        { group: ['dexie', 'dexie-*', 'fake-indexeddb', 'fake-indexeddb/*'], message: 'The engine must not touch IndexedDB.' },
        { group: ['**/store/**', '**/designer/**', '**/simulator/**', '**/settings/**', '**/ui/**', '**/app/**'], message: 'The engine imports nothing from other layers.' },
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'HTMLElement'],
    },
  },
  {
    files: ['src/store/**/*.ts'],
    rules: restrict([
      { group: ['react', 'react-dom', '@xyflow/*', '**/designer/**', '**/simulator/**', '**/settings/**', '**/ui/**', '**/app/**'], message: 'The store sits under the UI layers.' },
    ]),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['dexie', '**/store/**', '**/designer/**', '**/simulator/**', '**/settings/**', '**/app/**'], message: 'ui/ holds presentational components only.' },
    ]),
  },
  {
    files: ['src/designer/**/*.{ts,tsx}', 'src/simulator/**/*.{ts,tsx}', 'src/settings/**/*.{ts,tsx}'],
    rules: restrict([
      { group: ['dexie', '**/app/**'], message: 'Screens reach IndexedDB through src/store and never import the app shell.' },
    ]),
  },
);
