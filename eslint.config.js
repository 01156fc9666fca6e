import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const nodeOrUi = ['react', 'react-dom', 'react-*', '@tiptap/react', 'node:*', 'better-sqlite3', 'pg', 'hono', 'hono/*', 'ws', 'kysely'];

// The layout is a rule, not a convention: shared/ is pure, and client/ and server/ never
// import each other.
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'tests/artifacts/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/client/**', '**/server/**'], message: 'shared/ must not import client or server code.' },
            { group: nodeOrUi, message: 'shared/ is pure: no React, Node or database modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**'], message: 'client/ must not import server code (not even types).' }] },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/client/**'], message: 'server/ must not import client code.' }] },
      ],
    },
  },
  {
    // Layers point inward: the HTTP layer uses commands, the collaboration server and the
    // database, never the other way round. Only the composition root wires server/http in.
    files: ['server/**/*.ts'],
    ignores: ['server/http/**', 'server/startServer.ts', 'server/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/client/**'], message: 'server/ must not import client code.' },
            { group: ['**/http/**', './http/*'], message: 'Only server/http imports server/http: move what is shared inward (server/, shared/).' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // The Word-import fixtures' build script and scorer: plain Node scripts.
    files: ['tests/fixtures/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', fetch: 'readonly', FormData: 'readonly', Blob: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
);
