// Lint rules that catch what type-checking does not: unused code, and imports
// that break the data-flow layering (lower folders never import higher ones;
// the CLI and the jest matchers only use what lib/index.ts exports).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Folder names under lib/ are unique, so a relative import reaching one of them
// is recognised at any depth ("../reports", "../../reports/figures").
const layer = (from, forbidden, message) => ({
  files: [`lib/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`, message }] }],
  },
});
const BELOW_INDEX = ['documents', 'extraction', 'reconciliation', 'reports', 'datasets', 'lexicon', 'units', 'schema', 'cli', 'testing'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-artifacts/', 'fixtures/', 'api-reference/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        global: 'readonly',
        clearTimeout: 'readonly',
        setImmediate: 'readonly',
        structuredClone: 'readonly',
        globalThis: 'readonly',
        TextDecoder: 'readonly',
        TextEncoder: 'readonly',
        performance: 'readonly',
        queueMicrotask: 'readonly',
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  layer(
    'extraction',
    ['reconciliation', 'reports', 'datasets', 'testing', 'cli'],
    'extraction sits before reconciliation, reports, datasets and the CLI in the data flow',
  ),
  layer(
    'reconciliation',
    ['extraction', 'reports', 'datasets', 'testing', 'cli'],
    'reconciliation reads claims, not extraction internals, and knows nothing of reports or the CLI',
  ),
  layer(
    'reports',
    ['extraction', 'datasets', 'testing', 'cli'],
    'reports render a reconciliation; they know nothing of extraction, datasets or the CLI',
  ),
  layer(
    'datasets',
    ['extraction', 'reports', 'testing', 'cli'],
    'datasets turn rows into claims; they know nothing of extraction, reports or the CLI',
  ),
  layer('lexicon', ['extraction', 'reconciliation', 'reports', 'datasets', 'testing', 'cli'], 'the lexicon is data below every stage'),
  layer(
    'units',
    ['extraction', 'reconciliation', 'reports', 'datasets', 'lexicon', 'testing', 'cli'],
    'the unit table is data below every stage',
  ),
  layer(
    'testing',
    BELOW_INDEX.filter((f) => f !== 'testing'),
    'the jest matchers use only what lib/index.ts exports',
  ),
  // The CLI may also read the frozen defaults, the message catalogue and its package metadata.
  layer(
    'cli',
    BELOW_INDEX.filter((f) => f !== 'cli'),
    'the CLI uses only what lib/index.ts exports',
  ),
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
);
