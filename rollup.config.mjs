// The one-tag embed (two classic-script loaders) with its lazily loaded chunks,
// the auditor's page and CLI, the collector, and the ESM entry for npm users.
import { sep } from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { provideChunkImports, recordChunkImports } from './scripts/chunk-imports.mjs';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { auditPageHtml } from './scripts/audit-page-html.mjs';
import typescript from '@rollup/plugin-typescript';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { noEmit: false, declaration: false, sourceMap: false },
  });

/** Modules the lazy chunks share: one chunk, `chunks/shared.js` (a new one shows up as a chunk in the size report). */
const SHARED_MODULES = [
  'src/version.ts',
  'src/browser/consent-store.ts',
  'src/browser/page-tasks.ts',
  'src/core/category-text.ts',
  'src/core/problems.ts',
  'src/core/load-once.ts',
].map((path) => path.split('/').join(sep));

const minify = () =>
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 2, pure_getters: true },
    format: { comments: false },
  });

export default [
  {
    // The lazy chunks (src/entries/, see ARCHITECTURE.md): the controller (validation with messages, the
    // decision rules, the UI's holder), the UI (only when something must be shown), the engine (to record,
    // export or verify, or send receipts) and the cleaner.
    input: {
      'cookie-consent-controller': 'src/entries/controller.ts',
      'cookie-consent-ui': 'src/entries/ui.ts',
      'cookie-consent-engine': 'src/entries/engine.ts',
      // Fetched by the session only when refused purposes left cookies or storage behind.
      'chunks/cookie-cleaner': 'src/browser/cookie-cleaner.ts',
    },
    output: {
      dir: 'dist/web',
      entryFileNames: '[name].js',
      // Language chunks are named by their language code (the loader asks for i18n/<code>.js by that name);
      // the rest (e.g. the consent history) go to chunks/.
      chunkFileNames: (chunk) => (/^[a-z]{2}$/.test(chunk.name) ? 'i18n/[name].js' : 'chunks/[name].js'),
      format: 'es',
      // One chunk for what the controller, the UI and the engine share (rollup would otherwise split it into
      // several small ones, each one more request on the way to the banner). Their imports come along.
      manualChunks: (id) => (SHARED_MODULES.some((path) => id.endsWith(path)) ? 'shared' : undefined),
    },
    // Lets the lazily loaded chunks import shared code from an entry instead of splitting it out.
    preserveEntrySignatures: 'allow-extension',
    plugins: [nodeResolve(), minifyCssLiterals(), ts(), minify(), recordChunkImports()],
  },
  // The page session every page runs: config, mirror and stored decision, gate, signals. Lit is not in here. It is built
  // after the chunks, because it fetches each chunk together with the chunks that one imports.
  // Budgets for it and for every page's total are checked after the build (scripts/size-budget.mjs).
  ...[
    ['src/entries/embed.ts', 'cookie-consent.js'],
    ['src/entries/embed-lite.ts', 'cookie-consent-lite.js'],
  ].map(([input, file]) => ({
    input,
    output: { dir: 'dist/web', entryFileNames: file, format: 'iife', inlineDynamicImports: true },
    plugins: [provideChunkImports(), nodeResolve(), ts(), minify()],
  })),
  {
    // The auditor's page (demo/audit.html): verifies an exported file in the browser, offline.
    input: 'src/audit/audit-page.ts',
    // Also as one self-contained HTML file for auditors, opened from disk (scripts/audit-page-html.mjs).
    // One file: the portable SHA-256 (a chunk of its own in the embed) stays in.
    output: { file: 'dist/audit/cookie-consent-audit.js', format: 'es', inlineDynamicImports: true },
    plugins: [nodeResolve(), ts(), minify(), auditPageHtml()],
  },
  {
    // The auditor's command line (Node), sharing core's verification code with the browser; and the scanner,
    // which drives Chromium through puppeteer-core (a dependency, loaded only by `scan`).
    input: 'src/cli/cookie-consent.ts',
    output: { file: 'dist/node/cli.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
    external: [/^node:/, 'puppeteer-core'],
    plugins: [
      typescript({
        tsconfig: './tsconfig.node.json',
        include: ['src/cli/**/*.ts', 'src/scanner/**/*.ts', 'src/core/**/*.ts', 'src/version.ts'],
        compilerOptions: { noEmit: false, declaration: false, sourceMap: false },
      }),
    ],
  },
  {
    // The consent-receipt collector (Node): `npx cookie-consent-collector`.
    input: 'src/collector/main.ts',
    output: { file: 'dist/node/collector.js', format: 'es', banner: '#!/usr/bin/env node', inlineDynamicImports: true },
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
    input: 'src/entries/index.ts',
    output: { dir: 'dist', entryFileNames: 'index.js', chunkFileNames: 'lib/[name]-[hash].js', format: 'es' },
    external: [/^lit(\/|$)/, /^idb-keyval$/],
    plugins: [nodeResolve(), ts()],
  },
];
