// Three builds: the one-tag embed (classic script) with its lazily loaded UI
// chunk, and the ESM entry for npm users.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { sizeBudget } from './scripts/size-budget.mjs';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { noEmit: false, declaration: false, sourceMap: false },
  });

const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2, pure_getters: true },
    format: { comments: false },
  });

export default [
  {
    // The loader every page runs: config, stored decision, gate. Lit is not in here.
    input: 'src/embed.ts',
    output: { dir: 'dist', entryFileNames: 'cookie-consent.js', format: 'iife', inlineDynamicImports: true },
    plugins: [
      nodeResolve(),
      ts(),
      minify(),
      sizeBudget({ label: 'embed', budgets: [{ name: 'returning visitor (loader)', files: ['cookie-consent.js'], limit: 17 * 1024 }] }),
    ],
  },
  {
    // The lazy chunks: the UI (fetched only when something must be shown) and the
    // engine (fetched only to record, export or verify, or to send receipts).
    input: { 'cookie-consent-ui': 'src/ui/consent-ui.ts', 'cookie-consent-engine': 'src/engine.ts' },
    output: {
      dir: 'dist',
      entryFileNames: '[name].js',
      // Language chunks are named by their language code; the rest (e.g. the consent history) go to chunks/.
      chunkFileNames: (chunk) => (/^[a-z]{2}$/.test(chunk.name) ? 'i18n/[name].js' : 'chunks/[name].js'),
      // Code both the UI and the engine use goes in one predictably named chunk.
      manualChunks: (id) => (/[\\/]src[\\/]core[\\/]|[\\/]node_modules[\\/]idb-keyval[\\/]/.test(id) ? 'shared' : undefined),
      format: 'es',
    },
    // Lets the lazily loaded chunks import shared code from the UI entry instead of splitting it out.
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      nodeResolve(),
      ts(),
      minify(),
      sizeBudget({ label: 'ui', budgets: [
          { name: 'UI chunk', files: ['cookie-consent-ui.js'], limit: 14 * 1024 },
          { name: 'engine chunk', files: ['cookie-consent-engine.js'], limit: 4 * 1024 },
          { name: 'shared chunk', files: ['chunks/shared.js'], limit: 4 * 1024 },
          ...['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'].map((lang) => ({ name: `strings ${lang}`, files: [`i18n/${lang}.js`], limit: 2.5 * 1024 })),
        ] }),
    ],
  },
  {
    // The auditor's page (demo/audit.html): verifies an exported file in the browser, offline.
    input: 'src/audit/audit-page.ts',
    output: { file: 'dist/cookie-consent-audit.js', format: 'es' },
    plugins: [nodeResolve(), ts(), minify()],
  },
  {
    // The auditor's command line (Node), sharing core's verification code with the browser.
    input: 'src/cli/cookie-consent.ts',
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
    external: [/^node:/],
    plugins: [
      typescript({
        tsconfig: './tsconfig.node.json',
        include: ['src/cli/**/*.ts', 'src/core/**/*.ts'],
        compilerOptions: { noEmit: false, declaration: false, sourceMap: false },
      }),
    ],
  },
  {
    // The consent-receipt collector (Node): `npx cookie-consent-collector`.
    input: 'src/collector/main.ts',
    output: { file: 'dist/collector.js', format: 'es', banner: '#!/usr/bin/env node' },
    external: [/^node:/, 'better-sqlite3', 'pg', 'kysely', 'fastify', /^@fastify\//],
    plugins: [
      typescript({
        tsconfig: './src/collector/tsconfig.json',
        include: ['src/collector/**/*.ts', 'src/core/**/*.ts', 'src/version.ts'],
        compilerOptions: { noEmit: false, declaration: false, sourceMap: false },
      }),
    ],
  },
  {
    // npm users bundle Lit and idb-keyval themselves.
    input: 'src/index.ts',
    output: { dir: 'dist', entryFileNames: 'index.js', chunkFileNames: 'lib/[name]-[hash].js', format: 'es' },
    external: [/^lit(\/|$)/, /^idb-keyval$/],
    plugins: [nodeResolve(), ts()],
  },
];
