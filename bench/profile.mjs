/**
 * `node bench/profile.mjs [widget id] [--runs N]`: a CPU profile of the first
 * visit to the benchmark page, at the benchmark's CPU slowdown: self time per
 * script, and the widget's hottest functions (file, minified name, column in
 * the built file). For finding what to make faster; it compares nothing.
 */
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browser-paths.mjs';
import { CPU_SLOWDOWN } from './measure.mjs';
import { startServer } from './server.mjs';
import { WIDGETS } from './widgets.mjs';
const { values, positionals } = parseArgs({ options: { runs: { type: 'string', default: '3' } }, allowPositionals: true });
const which = positionals[0] ?? 'ours-lite';
const runs = Number(values.runs);
const widgets = WIDGETS.filter((w) => w.id === which);
if (widgets.length === 0) throw new Error(`no widget "${which}"; one of ${WIDGETS.map((w) => w.id).join(', ')}`);
const server = await startServer(widgets);
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const totals = new Map();
const fnTotals = new Map();
for (let run = 0; run < runs; run++) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.emulateCPUThrottling(CPU_SLOWDOWN);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(`${server.origin}/${which}/`, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 2000));
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  for (const [id, us] of dt) {
    const n = byId.get(id);
    const url = n.callFrame.url.replace(server.origin, '') || `(${n.callFrame.functionName || 'native'})`;
    totals.set(url, (totals.get(url) ?? 0) + us / 1000 / runs);
    if (url.includes('/widget/')) { const k = `${url.split('/').pop()}:${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; fnTotals.set(k, (fnTotals.get(k) ?? 0) + us / 1000 / runs); }
  }
  await context.close();
}
console.log(`self time by script (ms, mean of ${runs} runs):`);
for (const [u, ms] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(ms.toFixed(1).padStart(8), u);
console.log('our hottest functions:');
for (const [u, ms] of [...fnTotals].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms.toFixed(1).padStart(8), u);
await browser.close(); await server.close();
