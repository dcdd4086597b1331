import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/i18n/generated/', 'custom-elements.json', 'bench/results.json'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not an enum.' },
        { selector: 'TSModuleDeclaration[kind="namespace"]', message: 'No namespaces.' },
        { selector: 'TSParameterProperty', message: 'No parameter properties.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      'wc/guard-super-call': 'off',
    },
    settings: { wc: { elementBaseClasses: ['LitElement', 'AdvocacyElement'] } },
  },
  {
    files: ['test/**/*.ts'],
    plugins: { 'no-only-tests': noOnlyTests },
    languageOptions: { globals: { ...globals.mocha, ...globals.browser } },
    rules: {
      'no-only-tests/no-only-tests': 'error',
      // mocha's it() returns a Test, which the rule mistakes for a promise to await.
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Benchmark pages and the code the benchmark runs inside the page.
    files: ['bench/**/*.js', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
