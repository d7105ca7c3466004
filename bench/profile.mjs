/**
 * `node bench/profile.mjs [widget id] [--runs N] [--returning] [--page light|demo]`:
 * a CPU profile of a visit to a benchmark page (the light one unless told),
 * at the benchmark's CPU slowdown and with its visits: self time
 * per script, the widget's hottest functions, and the widget's call tree
 * (total time per call path, ≥ 3 ms). The first visit by default; with
 * `--returning`, the visit after one that accepted everything. Functions are
 * named as in the built file (minified name and column). For finding what to
 * make faster; it compares nothing.
 */
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browser-paths.mjs';
import { CPU_SLOWDOWN, RETURN_AFTER_MS, VIEWPORT } from './measure.mjs';
import { PAGE_IDS } from './page.mjs';
import { startServer } from './server.mjs';
import { WIDGETS } from './widgets.mjs';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, returning: { type: 'boolean', default: false }, page: { type: 'string', default: 'light' } },
  allowPositionals: true,
});
const which = positionals[0] ?? 'ours-lite';
const runs = Number(values.runs);
if (!PAGE_IDS.includes(values.page)) throw new Error(`--page must be one of ${PAGE_IDS.join(', ')}`);
const widgets = WIDGETS.filter((w) => w.id === which);
if (widgets.length === 0) throw new Error(`no widget "${which}"; one of ${WIDGETS.map((w) => w.id).join(', ')}`);
const TREE_MIN_MS = 3;

const server = await startServer(widgets);
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, defaultViewport: VIEWPORT, args: CHROMIUM_ARGS });
const byScript = new Map();
const byFunction = new Map();
const byPath = new Map();
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms / runs);
const isOurs = (frame) => frame.url.includes('/widget/');
const functionName = (frame) => `${frame.url.split('/').pop()}:${frame.functionName || '(anon)'}:${frame.columnNumber}`;

/** Accepts everything on a first visit, so that the profiled visit is a returning one. */
async function decideFirst(url) {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => globalThis.CookieConsent);
  await page.evaluate(() => globalThis.CookieConsent.acceptAll());
  await page.close();
  // As in the benchmark: the returning tab opens once the origin's storage has been let go.
  await new Promise((resolve) => setTimeout(resolve, RETURN_AFTER_MS));
}

for (let run = 0; run < runs; run++) {
  // An origin the profile has never seen, as in the benchmark.
  const origin = server.originFor(`profile${run}-${values.page}-${which}`);
  const url = `${origin}/${values.page}/${which}/`;
  if (values.returning) await decideFirst(url);
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.emulateCPUThrottling(CPU_SLOWDOWN);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const { profile } = await cdp.send('Profiler.stop');

  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMs = new Map();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const totalMs = (node) => (selfMs.get(node.id) ?? 0) + (node.children ?? []).reduce((sum, id) => sum + totalMs(nodes.get(id)), 0);
  for (const [id, ms] of selfMs) {
    const frame = nodes.get(id).callFrame;
    add(byScript, frame.url.replace(origin, '') || `(${frame.functionName || 'native'})`, ms);
    if (isOurs(frame)) add(byFunction, functionName(frame), ms);
  }
  // The call tree from the first frame of ours down; page code that calls into ours is not shown.
  const walk = (node, path) => {
    const ours = isOurs(node.callFrame);
    const here = path || ours ? `${path} > ${functionName(node.callFrame)}` : '';
    if (here) add(byPath, here, totalMs(node));
    for (const id of node.children ?? []) walk(nodes.get(id), here);
  };
  walk(profile.nodes[0], '');
  await page.close();
}

const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
console.log(`${values.returning ? 'returning' : 'first'} visit, ${which}; self time by script (ms, mean of ${runs} runs):`);
for (const [script, ms] of top(byScript, 15)) console.log(ms.toFixed(1).padStart(8), script);
console.log('our hottest functions (self time):');
for (const [name, ms] of top(byFunction, 25)) console.log(ms.toFixed(1).padStart(8), name);
console.log(`our call tree (total time, paths of ${TREE_MIN_MS} ms or more):`);
for (const [path, ms] of [...byPath].filter(([, ms]) => ms >= TREE_MIN_MS).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const names = path.split(' > ').slice(1);
  console.log(`${ms.toFixed(1).padStart(8)} ${'  '.repeat(names.length - 1)}${names.at(-1)}`);
}
await browser.close();
await server.close();
