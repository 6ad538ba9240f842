// Lint with import boundaries:
//   shared/ imports no Node, Electron or React; renderer/ never imports electron/ (nor Node);
//   services and the store never import 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'zlib', 'http', 'url', 'util', 'stream'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'antd', 'lowdb', '**/electron/**', '**/renderer/**'], message: 'shared/ is pure: no Node, Electron, React or app layers.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // Hooks called in the same order every render, and effects that name what they read.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', 'electron', ...nodeBuiltins, 'lowdb'], message: 'renderer/ talks to main only through window.api.' },
        ],
      }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/store/**/*.ts', 'electron/cli/**/*.ts', 'electron/documents/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', '**/electron/main/**', '**/electron/ipc/**', '**/electron/preload/**'], message: 'Services, store, documents and CLI run under plain Node: never import electron.' },
          { group: ['react', 'react-dom', 'antd', '**/renderer/**'], message: 'No UI code below the doors.' },
        ],
      }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Tests never load Electron.' }] }],
    },
  },
);
