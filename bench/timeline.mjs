/**
 * `node bench/timeline.mjs [--runs N] [--only ours,ours-lite] [--page light|demo]`:
 * where our widget's time goes on a benchmark page (the light one unless
 * told), at the benchmark's CPU slowdown, with the benchmark's visits (a
 * fresh origin, then a new tab of the same profile without HTTP cache).
 * For a first visit and a returning one it prints, in ms from navigation
 * start (medians over the runs): when each of our files arrived and ran,
 * when IndexedDB answered, DOMContentLoaded, the banner element, `ready`,
 * and the analytics tag. It measures nothing the main benchmark compares;
 * it is for finding the next thing to make faster.
 */
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/browser-paths.mjs';
import { CPU_SLOWDOWN, RETURN_AFTER_MS, VIEWPORT } from './measure.mjs';
import { PAGE_IDS } from './page.mjs';
import { startServer } from './server.mjs';
import { installTimeline, readTimeline } from './timeline-probe.mjs';
import { WIDGETS } from './widgets.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, only: { type: 'string', default: 'ours,ours-lite' }, page: { type: 'string', default: 'light' } },
});
const runs = Number(values.runs);
if (!PAGE_IDS.includes(values.page)) throw new Error(`--page must be one of ${PAGE_IDS.join(', ')}`);
const widgets = WIDGETS.filter((widget) => values.only.split(',').includes(widget.id));

async function visit(browser, url, prefix) {
  const page = await browser.newPage();
  await page.setCacheEnabled(false);
  await page.emulateCPUThrottling(CPU_SLOWDOWN);
  await page.evaluateOnNewDocument(installTimeline);
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const marks = await page.evaluate(readTimeline, prefix);
  return { page, marks };
}

const median = (numbers) => numbers.sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

function print(title, samples) {
  const names = [...new Set(samples.flatMap((marks) => Object.keys(marks)))];
  const rows = names.map((name) => [name, median(samples.map((marks) => marks[name]).filter((n) => n !== undefined))]);
  console.log(`\n${title}`);
  for (const [name, ms] of rows.sort((a, b) => a[1] - b[1])) console.log(`${String(ms).padStart(7)} ms  ${name}`);
}

const server = await startServer(widgets);
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, defaultViewport: VIEWPORT, args: CHROMIUM_ARGS });
try {
  for (const widget of widgets) {
    const first = [];
    const back = [];
    for (let run = 0; run < runs; run++) {
      // An origin the profile has never seen, as in the benchmark.
      const origin = server.originFor(`timeline${run}-${values.page}-${widget.id}`);
      const url = `${origin}/${values.page}/${widget.id}/`;
      const prefix = `${origin}/widget/${widget.id}/`;
      const visited = await visit(browser, url, prefix);
      first.push(visited.marks);
      await visited.page.locator(widget.accept).click();
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await visited.page.close();
      await new Promise((resolve) => setTimeout(resolve, RETURN_AFTER_MS));
      const returning = await visit(browser, url, prefix);
      back.push(returning.marks);
      await returning.page.close();
    }
    print(`${widget.name}, ${values.page} page: first visit`, first);
    print(`${widget.name}, ${values.page} page: returning visit (new tab)`, back);
  }
} finally {
  await browser.close();
  await server.close();
}
