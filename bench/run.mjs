/**
 * `npm run bench`: compares our widget with other consent tools on the demo
 * article page in headless Chromium, and writes bench/results/latest.json and
 * latest.md.
 *
 *   node bench/run.mjs [--runs N] [--only ours,baseline]
 *
 * Runs are interleaved (run 1 of every widget, then run 2 of every widget…)
 * so that a slow spell of the machine spreads over all widgets instead of
 * landing on one. Expects dist/ to be built (npm run bench builds it first).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browser-paths.mjs';
import { BenchFailure, CPU_SLOWDOWN, measureRun } from './measure.mjs';
import { formatMarkdown, formatText, summarizeRuns } from './report.mjs';
import { startServer } from './server.mjs';
import { WIDGETS } from './widgets.mjs';

const resultsDir = new URL('results/', import.meta.url);

const USAGE = 'usage: node bench/run.mjs [--runs N] [--only ours,ours-lite,vanilla,orejime,klaro,baseline]';

function options() {
  let values;
  try {
    ({ values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, only: { type: 'string' } }, strict: true }));
  } catch (error) {
    throw new BenchFailure(`${error.message}\n${USAGE}`);
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new BenchFailure(`--runs must be a whole number ≥ 1, got ${values.runs}`);
  const ids = values.only ? values.only.split(',').map((id) => id.trim()) : WIDGETS.map((widget) => widget.id);
  const unknown = ids.filter((id) => !WIDGETS.some((widget) => widget.id === id));
  if (unknown.length > 0) {
    throw new BenchFailure(`unknown widget ${unknown.join(', ')}; known: ${WIDGETS.map((widget) => widget.id).join(', ')}`);
  }
  return { runs, widgets: WIDGETS.filter((widget) => ids.includes(widget.id)) };
}

async function main() {
  const { runs, widgets } = options();
  if (!existsSync(new URL('../dist/web/cookie-consent.js', import.meta.url))) {
    throw new BenchFailure('dist/web/cookie-consent.js is missing: run `npm run build` first (npm run bench does)');
  }
  const executablePath = chromiumPath();
  if (!executablePath) throw new BenchFailure('no Chromium found: apt-get install -y chromium, or set CHROME_PATH');

  const started = Date.now();
  // Other work on the machine skews every number: the load averages say how busy it was.
  const loadAtStart = loadavg();
  const server = await startServer(widgets);
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // A common laptop viewport; every banner lays itself out for it.
    defaultViewport: { width: 1280, height: 800 },
    args: CHROMIUM_ARGS,
  });
  try {
    const chromium = await browser.version();
    console.log(`${chromium}, CPU ×${CPU_SLOWDOWN} slower, ${runs} run(s) of ${widgets.map((widget) => widget.id).join(', ')}`);
    if (loadAtStart[0] > cpus().length) {
      console.warn(`warning: the machine is busy (load average ${loadAtStart[0].toFixed(1)} on ${cpus().length} cores); timings will be noisy`);
    }
    // One unrecorded run first: the browser's own first-page start-up costs would otherwise land on run 1 of the first widget.
    await measureRun(browser, server.origin, widgets[0]);

    const results = [];
    for (let run = 1; run <= runs; run += 1) {
      for (const widget of widgets) {
        const result = await measureRun(browser, server.origin, widget);
        results.push({ run, ...result });
        console.log(
          `run ${run}/${runs} ${widget.id.padEnd(8)} banner ${fmt(result.bannerVisibleMs)} ms, TBT ${fmt(result.totalBlockingTimeMs)} ms, ` +
            `click→analytics ${fmt(result.clickToAnalyticsMs)} ms, returning analytics ${fmt(result.returning.analyticsMs)} ms` +
            (result.returning.bannerFlash ? `, BANNER FLASH ${fmt(result.returning.bannerFlashMs)} ms` : ''),
        );
      }
    }

    const summary = summarizeRuns(widgets, results);
    const cpu = cpus();
    const meta = {
      date: new Date().toISOString(),
      chromium,
      cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
      cores: cpu.length,
      node: process.version,
      runsPerWidget: runs,
      cpuSlowdown: CPU_SLOWDOWN,
      durationSeconds: Math.round((Date.now() - started) / 1000),
      loadAverage: { start: loadAtStart, end: loadavg() },
    };
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(new URL('latest.json', resultsDir), `${JSON.stringify({ ...meta, widgets: widgets.map(describe), summary, runs: results }, null, 2)}\n`);
    writeFileSync(new URL('latest.md', resultsDir), formatMarkdown(summary, meta));
    console.log(`\n${formatText(summary)}\n`);
    console.log(`median / p90 over ${runs} run(s); ${meta.durationSeconds} s in all. Written: bench/results/latest.json, bench/results/latest.md`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What was measured, for the JSON: names, versions and the markup each page got. */
const describe = (widget) => ({ id: widget.id, name: widget.name, version: widget.version, head: widget.head, analyticsTag: widget.analyticsTag });

const fmt = (value) => (value === null ? '–' : String(Math.round(value)));

main().catch((error) => {
  console.error(error instanceof BenchFailure ? `bench failed: ${error.message}` : error);
  process.exit(1);
});
