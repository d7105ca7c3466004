// Lint is part of `npm test`, with no warnings allowed.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { lit, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // src/core runs in the browser and in Node alike: no DOM globals there.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    files: ['*.mjs', 'scripts/**/*.mjs', 'test/support/**/*.mjs', 'test/node/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark runs in Node and drives Chromium…
    files: ['bench/**/*.mjs'],
    ignores: ['bench/probe.mjs', 'bench/timeline-probe.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // …except its probe, whose functions Puppeteer runs inside the page,
    files: ['bench/probe.mjs', 'bench/timeline-probe.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // …and the stand-in analytics tag, a classic script the page loads.
    files: ['bench/fixtures/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    files: ['.puppeteerrc.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
);
