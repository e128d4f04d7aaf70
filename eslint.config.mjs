import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', 'tests/fixtures/', 'tests/e2e/output/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/setup/**/*.js', 'src/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The engine must run unchanged in Excel, the browser and Node: no Node built-ins in core, and
    // nothing from the layers around it, at any folder depth (tests/core/layers.test.ts checks too).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fs', 'path', 'os', 'node:*', 'exceljs', 'react'], message: 'The engine runs in Excel, the browser and Node alike.' },
            { group: ['**/host', '**/host/**', '**/taskpane/**', '**/standalone/**', '**/cli/**', '**/functions/**', '**/commands/**'], message: 'src/core imports nothing from the hosts, the pane, the page or the CLI.' },
          ],
        },
      ],
    },
  },
);
