/**
 * `npm run bench`: compares our widget with other consent tools on a light
 * article page and on the demo page in headless Chromium, checks issue 15's
 * targets, and writes bench/results/latest.json and latest.md.
 *
 *   node bench/run.mjs [--runs N] [--only ours,baseline] [--page light|demo]
 *
 * Runs are interleaved (run 1 of every widget on every page, then run 2…) so
 * that a slow spell of the machine spreads over all widgets instead of
 * landing on one. Within a run and page, every widget's first visit comes
 * first and the returning visits follow, so that each returning visit finds
 * its origin's files closed as a visitor coming back later would. Expects
 * dist/ to be built (npm run bench builds it first).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browser-paths.mjs';
import { BenchFailure, CPU_SLOWDOWN, RETURN_AFTER_MS, VIEWPORT, firstVisit, returningVisit } from './measure.mjs';
import { PAGE_IDS } from './page.mjs';
import { formatMarkdown, formatText, summarizeRuns } from './report.mjs';
import { startServer } from './server.mjs';
import { evaluateTargets } from './targets.mjs';
import { WIDGETS } from './widgets.mjs';

const resultsDir = new URL('results/', import.meta.url);

const USAGE = `usage: node bench/run.mjs [--runs N] [--only ${WIDGETS.map((widget) => widget.id).join(',')}] [--page ${PAGE_IDS.join('|')}]`;

function options() {
  let values;
  try {
    ({ values } = parseArgs({
      options: { runs: { type: 'string', default: '10' }, only: { type: 'string' }, page: { type: 'string' } },
      strict: true,
    }));
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
  if (values.page !== undefined && !PAGE_IDS.includes(values.page)) {
    throw new BenchFailure(`--page must be one of ${PAGE_IDS.join(', ')}, got ${values.page}\n${USAGE}`);
  }
  return { runs, widgets: WIDGETS.filter((widget) => ids.includes(widget.id)), pages: values.page ? [values.page] : PAGE_IDS };
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * One run of every widget on one page: the first visits, then the returning
 * visits, each at least RETURN_AFTER_MS after its own first visit ended.
 * @param {import('puppeteer-core').Browser} browser
 * @param {Array<import('./measure.mjs').Visit>} visits each on an origin of its own
 */
async function runPage(browser, visits) {
  const firsts = [];
  for (const visit of visits) {
    const first = await firstVisit(browser, visit);
    firsts.push({ first, closedAt: Date.now() });
  }
  const results = [];
  for (const [index, visit] of visits.entries()) {
    await sleep(firsts[index].closedAt + RETURN_AFTER_MS - Date.now());
    const returning = await returningVisit(browser, visit);
    results.push({ page: visit.page, widget: visit.widget.id, ...firsts[index].first, returning });
  }
  return results;
}

async function main() {
  const { runs, widgets, pages } = options();
  if (!existsSync(new URL('../dist/web/cookie-consent.js', import.meta.url))) {
    throw new BenchFailure('dist/web/cookie-consent.js is missing: run `npm run build` first (npm run bench does)');
  }
  const executablePath = chromiumPath();
  if (!executablePath) throw new BenchFailure('no Chromium found: apt-get install -y chromium, or set CHROME_PATH');

  const started = Date.now();
  // Other work on the machine skews every number: the load averages say how busy it was.
  const loadAtStart = loadavg();
  const server = await startServer(widgets);
  // An ordinary profile on disk (Puppeteer makes a fresh one in the temporary
  // folder and removes it on close), used through its default context: the
  // stored consent lives where a visitor's does.
  const browser = await puppeteer.launch({ executablePath, headless: true, defaultViewport: VIEWPORT, args: CHROMIUM_ARGS });
  try {
    const chromium = await browser.version();
    console.log(
      `${chromium}, CPU ×${CPU_SLOWDOWN} slower, ${VIEWPORT.width}×${VIEWPORT.height}, ${runs} run(s) of ` +
        `${widgets.map((widget) => widget.id).join(', ')} on the ${pages.join(' and ')} page`,
    );
    if (loadAtStart[0] > cpus().length) {
      console.warn(`warning: the machine is busy (load average ${loadAtStart[0].toFixed(1)} on ${cpus().length} cores); timings will be noisy`);
    }
    // One unrecorded run first: the browser's own first-page start-up costs would otherwise land on run 1 of the first widget.
    await runPage(browser, [{ origin: server.originFor('warm-up'), page: pages[0], widget: widgets[0] }]);

    const results = [];
    for (let run = 1; run <= runs; run += 1) {
      for (const page of pages) {
        // A host name per run, page and widget: every first visit is to an origin the profile has never seen.
        const visits = widgets.map((widget) => ({ origin: server.originFor(`r${run}-${page}-${widget.id}`), page, widget }));
        for (const result of await runPage(browser, visits)) {
          results.push({ run, ...result });
          console.log(
            `run ${run}/${runs} ${page.padEnd(5)} ${result.widget.padEnd(9)} return: analytics ${fmt(result.returning.analyticsMs)} ms; ` +
              `banner ${fmt(result.bannerVisibleMs)} ms, accept→analytics ${fmt(result.clickToAnalyticsMs)} ms, ` +
              `TBT ${fmt(result.totalBlockingTimeMs)} ms, LCP ${fmt(result.largestContentfulPaint.ms)} ms, CLS ${result.cumulativeLayoutShift.toFixed(3)}` +
              (result.returning.bannerFlash ? `, BANNER SHOWN ON RETURN ${fmt(result.returning.bannerFlashMs)} ms` : ''),
          );
        }
      }
    }

    const byPage = pages.map((page) => {
      const summary = summarizeRuns(widgets, results.filter((result) => result.page === page));
      return { page, summary, targets: evaluateTargets(summary) };
    });
    const cpu = cpus();
    const meta = {
      date: new Date().toISOString(),
      chromium,
      cpu: cpu[0]?.model.trim() ?? 'unknown CPU',
      cores: cpu.length,
      node: process.version,
      runsPerWidget: runs,
      pages,
      cpuSlowdown: CPU_SLOWDOWN,
      viewport: VIEWPORT,
      durationSeconds: Math.round((Date.now() - started) / 1000),
      loadAverage: { start: loadAtStart, end: loadavg() },
    };
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(
      new URL('latest.json', resultsDir),
      `${JSON.stringify({ ...meta, widgets: widgets.map(describe), pages: byPage, runs: results }, null, 2)}\n`,
    );
    writeFileSync(new URL('latest.md', resultsDir), formatMarkdown(byPage, meta));
    for (const { page, summary, targets } of byPage) console.log(`\n${formatText(page, summary, targets)}`);
    console.log(
      `\nmedian / p90 over ${runs} run(s); ${meta.durationSeconds} s in all; load average ${meta.loadAverage.end[0].toFixed(1)} at the end. ` +
        'Written: bench/results/latest.json, bench/results/latest.md',
    );
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
