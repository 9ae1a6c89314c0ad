import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Every feature folder, read from disk so a new feature is fenced in without editing this file. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * What a screen, hook or shared module may import from src/db by name: reads, and this browser's
 * own settings. Everything else there writes, and goes through src/commands.
 */
const DB_READS = [
  '[A-Z]',
  'list',
  'get',
  'load',
  'count',
  'current',
  'latest',
  'lastChangeSeq',
  'guideFor',
  'required',
  'editedSince',
  'codeSubtreeIds',
  'codeUsage',
  'isInitialised',
  'has',
  'subscribe',
  'closeOnVersionChange',
  'friendly',
  'putDeviceSetting$',
  'recordPersistenceAnswer$',
];

/**
 * The layers (docs/architecture.md): domain ← db ← commands ← features ← app, with ui, import,
 * export and search beside them. A zone forbids `target` to import from `from`.
 */
const LAYER_ZONES = [
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature imports no other feature; move what both need to src/ui or src/shared.',
  })),
  {
    target: './src/shared',
    from: ['./src/features', './src/app'],
    message: 'src/shared holds what several features use; it imports none of them.',
  },
  {
    target: './src/db',
    from: [
      './src/import',
      './src/export',
      './src/commands',
      './src/features',
      './src/app',
      './src/ui',
      './src/sync',
    ],
    message: 'src/db is below everything but src/domain.',
  },
  {
    target: './src/sync',
    from: [
      './src/features',
      './src/app',
      './src/ui',
      './src/shared',
      './src/commands',
      './src/import',
      './src/export',
      './src/search',
    ],
    message: 'src/sync (team sync) runs without React: it imports src/db and src/domain only.',
  },
  {
    target: ['./src/features', './src/shared', './src/ui'],
    from: './src/sync',
    message:
      'Screens reach team sync through its hooks in src/app (useTeamSync), not src/sync directly.',
  },
  {
    target: './src/commands',
    from: ['./src/features', './src/app', './src/ui'],
    message: 'Commands run without React: no feature, app or ui code.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/app', './src/db', './src/commands'],
    message: 'src/ui holds presentational pieces; data comes in through props.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      'dev-dist',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: { 'import/no-restricted-paths': ['error', { zones: LAYER_ZONES }] },
  },
  {
    // Only commands (and the db layer) write: a screen, hook or shared module reads the database
    // through read functions (list…, get…, load…, count…) and changes it through src/commands,
    // whose Undo keeps later edits and whose every write lands in the change log. Names starting
    // with a capital are types, classes and constants. Device-local writes (this browser's table
    // layout, its answer to the storage prompt) are not workspace data and are named here.
    // WorkspaceProvider and TeamSyncProvider, the app's composition roots, open, create and
    // delete workspaces and connect them to a team (which sets who the change log names).
    files: ['src/features/**/*.{ts,tsx}', 'src/shared/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/WorkspaceProvider.tsx', 'src/app/TeamSyncProvider.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/*'],
              importNamePattern: `^(?!(${DB_READS.join('|')}))`,
              allowTypeImports: true,
              message:
                'Screens and hooks change workspace data through a command in src/commands; from src/db they import reads only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    // The domain layer is pure: it must run in Node tests and in workers without React, Dexie or the DOM.
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', 'react-dom', 'react-dom/*'],
              message: 'src/domain must not import React.',
            },
            { group: ['dexie', 'dexie-*'], message: 'src/domain must not import Dexie.' },
            {
              group: ['**/db/*', '**/features/*', '**/ui/*', '**/app/*'],
              message: 'src/domain imports nothing but zod and other domain modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
      ],
      // Domain functions are deterministic: the caller passes "now" in.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Pass the time in; domain code reads no clock.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Pass the time in; domain code reads no clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Use a seeded generator; domain code is deterministic.',
        },
      ],
    },
  },
);
