// Prints the gzip -9 size of every file the widget's folder serves to a page,
// and what each kind of page view downloads in total; exits 1 when a budget is
// exceeded, which fails `npm run build`. A page view counts its entry files and
// every chunk they import statically (followed through the built files).
// The figures also go to dist/size-report.json, which the README's size table
// is checked against (test/docs/readme.test.ts).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LAZY_FOLDER } from './chunk-imports.mjs';

// The folder a website serves; the lazy chunks sit in its content-hashed subfolder (scripts/chunk-imports.mjs),
// which the names below leave out.
const DIST = 'dist/web';
const LAZY = readdirSync(DIST).find((name) => LAZY_FOLDER.test(name)) ?? '';
const LOADERS = ['cookie-consent.js', 'cookie-consent-lite.js'];
/** Where a file named as below really is. */
const pathOf = (file) => (LOADERS.includes(file) ? join(DIST, file) : join(DIST, LAZY, file));
const KB = 1024;

/** What the embed serves to pages (the npm build, CLI, collector and audit page are not). */
const SERVED = /^(cookie-consent(-lite|-controller|-ui|-engine)?\.js|chunks\/.*\.js|i18n\/.*\.js)$/;

/**
 * Page views and their budgets. The loader's own target is 4 KB; see the README's "Size and speed".
 * Chunks fetched on demand (the placeholders for blocked embeds, the consent history) are in no view.
 */
const BANNER = ['cookie-consent.js', 'cookie-consent-controller.js', 'cookie-consent-ui.js'];
const VIEWS = [
  // A returning visitor's granted tags released in place, run by the parser where the page has them (the gate's
  // releaseInPlace, 0.2 KB in every loader): about 55 ms earlier on the benchmark's light page.
  // Microsoft's consent signals, the Google Ads rule, embed grants and the new-service rule (issue 16): about 0.5 KB
  // in the loader, 1.5 KB on a first visit (the controller's config messages, the shared decision rules).
  { name: 'returning visitor, lite build (the loader alone)', entries: ['cookie-consent-lite.js'], limit: 10.8 * KB },
  // The built-in embed hosts (YouTube, Maps, …) with host/path entries cost 0.2 KB in the loader, the elements'
  // define functions and the shared palette a little more (CSS written once compresses no smaller): 0.3–0.4 KB more.
  { name: 'returning visitor, default build with automatic blocking', entries: ['cookie-consent.js'], limit: 14.8 * KB },
  // The validator's messages (chunks/config-messages.js) and the link labels left the controller (issue 15.5):
  // 1.5 KB less on every first visit. The messages are in no view: fetched only for a config with problems.
  { name: 'first visit, banner in English', entries: [...BANNER, 'i18n/en.js'], limit: 32.6 * KB },
  { name: 'first visit, banner in the largest language', entries: [...BANNER, 'LARGEST_LANGUAGE'], limit: 33.4 * KB },
  // The engine carries what recording needs; the portable SHA-256 (plain-http pages), the collector outbox and
  // verification/export are chunks it imports only when needed, so in no view.
  { name: 'first visit, decision recorded', entries: [...BANNER, 'i18n/en.js', 'cookie-consent-engine.js'], limit: 34.3 * KB },
];
const PER_FILE = [
  { pattern: /^i18n\//, limit: 2.5 * KB, name: 'each language' },
  // 2.0 KB until objects and functions given from JavaScript got words of their own ("got an object").
  { pattern: /^chunks\/config-messages\.js$/, limit: 2.1 * KB, name: "the validator's messages" },
];

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [relative(join(DIST, LAZY), path).split('\\').join('/')];
  });
}

/** Static imports of a built ES chunk, as dist-relative names (dynamic `import()` is not followed). */
function staticImports(file) {
  const code = readFileSync(pathOf(file), 'utf8');
  const found = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.[^"']+)["']/g)];
  return found.map((match) => join(dirname(file), match[1]).split('\\').join('/'));
}

function closure(entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    // The loaders are classic scripts that only import() lazily.
    if (file !== 'cookie-consent.js' && file !== 'cookie-consent-lite.js') staticImports(file).forEach(visit);
  };
  entries.forEach(visit);
  return [...seen];
}

const sizes = new Map();
for (const file of [...LOADERS, ...listFiles(join(DIST, LAZY))].filter((name) => SERVED.test(name)).sort()) {
  const raw = readFileSync(pathOf(file));
  sizes.set(file, { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length });
}
const languages = [...sizes.keys()].filter((file) => file.startsWith('i18n/'));
const largestLanguage = languages.sort((a, b) => sizes.get(b).gzip - sizes.get(a).gzip)[0];

console.log('Served by the embed (gzip -9):');
for (const [file, size] of sizes) console.log(`  ${file.padEnd(38)} ${String(size.raw).padStart(7)} B raw ${String(size.gzip).padStart(6)} B gzip`);

const failures = [];
const report = { files: Object.fromEntries(sizes), views: [] };
console.log('Page views:');
for (const view of VIEWS) {
  const files = closure(view.entries.map((entry) => (entry === 'LARGEST_LANGUAGE' ? largestLanguage : entry)));
  const missing = files.filter((file) => !sizes.has(file));
  if (missing.length > 0) failures.push(`${view.name}: missing ${missing.join(', ')}`);
  const total = files.reduce((sum, file) => sum + (sizes.get(file)?.gzip ?? 0), 0);
  const verdict = total <= view.limit ? 'ok' : 'OVER BUDGET';
  console.log(`  ${view.name}: ${total} B of ${view.limit} B (${verdict}) = ${files.join(' + ')}`);
  if (total > view.limit) failures.push(`${view.name}: ${total} B > ${view.limit} B`);
  report.views.push({ name: view.name, gzip: total, limit: view.limit, files });
}
writeFileSync(join('dist', 'size-report.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const rule of PER_FILE) {
  for (const [file, size] of sizes) {
    if (rule.pattern.test(file) && size.gzip > rule.limit) failures.push(`${rule.name}: ${file} is ${size.gzip} B > ${rule.limit} B`);
  }
}
if (failures.length > 0) {
  console.error(`Size budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
