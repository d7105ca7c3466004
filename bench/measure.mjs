/**
 * One benchmark run of one widget on one page, in two visits that run.mjs
 * calls separately:
 *
 * - `firstVisit`: a new tab on an origin the browser has never seen (nothing
 *   stored, nothing cached) that waits for the banner and clicks its real
 *   "Accept all";
 * - `returningVisit`: later, a new tab of the same browser profile on the
 *   same origin with the HTTP cache disabled: what a returning visitor who
 *   opens a link gets. The profile is an ordinary one on disk (not an
 *   incognito context, whose storage lives in memory, unlike a visitor's),
 *   so the widget's stored consent is read from disk by a renderer that has
 *   not touched it yet.
 *
 * Each visit throttles the page's CPU 4× and installs the probe (probe.mjs)
 * before the page's first script. Failures of the things the benchmark relies
 * on (banner shown, analytics held back until the click, run after it, run
 * without a click on return) throw a BenchFailure: a number measured on a
 * widget that did not do its job would be worse than no number.
 */
import { gzipSync } from 'node:zlib';
import { installProbe, pollProbe, readProbe } from './probe.mjs';
import { PAGE_OWN_SHIFTS } from './page.mjs';
import { ANALYTICS_PATH } from './widgets.mjs';

export const CPU_SLOWDOWN = 4;
/** The mark the stand-in analytics tag sets first thing (fixtures/analytics.js). */
const MARK = 'analytics-start';
/** How long the page must be without network requests and long frames to count as settled. */
const QUIET_MS = 1000;
/**
 * The same after the click, which only has to let the tool finish its work
 * (a decision is stored before the tag it unblocks runs); shorter, so that a
 * full run stays within ten minutes on two cores.
 */
const QUIET_AFTER_CLICK_MS = 500;
/** Longest wait for a page to load, a banner to show, analytics to run or the page to settle. */
const TIMEOUT_MS = 20000;
/**
 * The least time between closing the first visit's tab and opening the
 * returning one. Chromium keeps an origin's IndexedDB files open for a
 * couple of seconds after its last page closes; a visitor coming back later
 * finds them closed, and so must the benchmark.
 */
export const RETURN_AFTER_MS = 3000;
/** A phone's viewport (the measurements used it); every banner lays itself out for it. */
export const VIEWPORT = { width: 412, height: 915, isMobile: true, deviceScaleFactor: 1 };

export class BenchFailure extends Error {}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Follows the page's requests: how many are in flight, when the last one
 * started or ended, the widget's own responses (read once the page has
 * settled, so reading bodies does not compete with the page) and when the
 * analytics tag was first requested.
 * @param {import('puppeteer-core').Page} page
 * @param {string | null} widgetPrefix
 */
function watchRequests(page, widgetPrefix) {
  const log = { inFlight: 0, lastActivity: Date.now(), widgetResponses: [], analyticsRequestedAt: null };
  page.on('request', (request) => {
    log.inFlight += 1;
    log.lastActivity = Date.now();
    if (log.analyticsRequestedAt === null && new URL(request.url()).pathname === ANALYTICS_PATH) log.analyticsRequestedAt = Date.now();
  });
  const done = (request) => {
    log.inFlight -= 1;
    log.lastActivity = Date.now();
    const response = request.response();
    if (widgetPrefix && request.url().startsWith(widgetPrefix) && response) log.widgetResponses.push(response);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return log;
}

/**
 * Waits until `ready` holds and then the page has been quiet for QUIET_MS:
 * no request in flight or started, no long task or long frame.
 * @param {import('puppeteer-core').Page} page
 * @param {ReturnType<typeof watchRequests>} requests
 * @param {(state: ReturnType<typeof pollProbe>) => boolean} ready
 * @param {string} what for the error message
 * @param {number} quietMs
 */
async function settle(page, requests, ready, what, quietMs = QUIET_MS) {
  const deadline = Date.now() + TIMEOUT_MS;
  for (;;) {
    const state = await page.evaluate(pollProbe, MARK);
    const quiet =
      requests.inFlight === 0 && Date.now() - requests.lastActivity >= quietMs && state.now - state.lastBusyAt >= quietMs;
    if (ready(state) && quiet) return state;
    if (Date.now() > deadline) {
      throw new BenchFailure(ready(state) ? `the page did not settle within ${TIMEOUT_MS} ms` : `${what} within ${TIMEOUT_MS} ms`);
    }
    await sleep(100);
  }
}

/** Raw and gzip -9 size of each widget file the page loaded. */
async function widgetFiles(responses, origin) {
  const files = [];
  for (const response of responses) {
    const body = await response.buffer();
    files.push({ path: response.url().slice(origin.length), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return {
    files,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
  };
}

/** Total blocking time: the part of each long task over 50 ms. */
const blockingTime = (longTasks) => longTasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

const longestFrame = (frames) => frames.reduce((longest, frame) => Math.max(longest, frame.duration), 0);

/**
 * Time spent in the widget's own scripts within long frames. A long frame
 * that runs a widget callback is not all the widget's doing (our widget's
 * MutationObserver runs inside the frames that parse the page), so this is
 * reported beside the longest frame.
 */
const widgetScriptTime = (frames) =>
  frames.reduce((sum, frame) => sum + frame.scripts.reduce((inFrame, script) => inFrame + script.duration, 0), 0);

/**
 * A new tab (in the browser's default, on-disk profile), throttled and probed, loaded.
 * @param {import('puppeteer-core').Browser} browser
 * @param {Visit} visit
 * @param {{ cache: boolean }} options
 */
async function openPage(browser, visit, { cache }) {
  const { widget } = visit;
  const widgetPrefix = widgetPrefixOf(visit);
  const page = await browser.newPage();
  await page.setViewport(VIEWPORT);
  await page.setCacheEnabled(cache);
  await page.emulateCPUThrottling(CPU_SLOWDOWN);
  await page.evaluateOnNewDocument(installProbe, { banner: widget.banner, widgetPrefix, pageOwnShifts: PAGE_OWN_SHIFTS[visit.page] });
  const requests = watchRequests(page, widgetPrefix);
  await page.goto(visitUrl(visit), { waitUntil: 'load', timeout: TIMEOUT_MS });
  return { page, requests };
}

/**
 * Where one run of one widget on one page happens: `origin` must be one the
 * browser has not seen before this run (server.originFor).
 * @typedef {{ origin: string, page: string, widget: import('./widgets.mjs').Widget }} Visit
 */

/** Runs one visit's measure; a failure names the widget and the page. */
async function named(visit, measure) {
  try {
    return await measure();
  } catch (error) {
    if (error instanceof BenchFailure) throw new BenchFailure(`${visit.widget.id} on the ${visit.page} page: ${error.message}`);
    throw error;
  }
}

const visitUrl = ({ origin, page, widget }) => `${origin}/${page}/${widget.id}/`;
const widgetPrefixOf = ({ origin, widget }) => (widget.dir ? `${origin}/widget/${widget.id}/` : null);

/** The largest contentful paint as the results keep it. */
const lcpOf = (probe) => ({
  ms: probe.largestContentfulPaint?.at ?? null,
  element: probe.largestContentfulPaint?.element ?? null,
  widget: probe.largestContentfulPaint?.widget ?? null,
});

/**
 * The first visit: banner, blocking before consent, "Accept all", analytics after it.
 * @param {import('puppeteer-core').Browser} browser
 * @param {Visit} visit
 */
export const firstVisit = (browser, visit) => named(visit, () => measureFirstVisit(browser, visit));

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {Visit} visit
 */
async function measureFirstVisit(browser, visit) {
  const { origin, widget } = visit;
  const fail = (message) => {
    throw new BenchFailure(message);
  };
  const first = await openPage(browser, visit, { cache: true });
  try {
    await settle(
      first.page,
      first.requests,
      (state) => !widget.banner || state.bannerVisible,
      'the banner did not become visible',
    );
    const beforeClick = await first.page.evaluate(readProbe, MARK);
    const blockedBeforeConsent = beforeClick.analyticsAt === null && beforeClick.analyticsRuns === 0;
    if (widget.banner && !blockedBeforeConsent) fail('LEAK: the analytics tag ran before consent was given');
    const fetchedBeforeConsent = first.requests.analyticsRequestedAt !== null;

    const cdp = await first.page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const { JSHeapUsedSize } = await first.page.metrics();
    await cdp.detach();

    let afterClick = beforeClick;
    if (widget.accept) {
      const button = await first.page.waitForSelector(widget.accept, { visible: true, timeout: TIMEOUT_MS });
      if (!button) fail(`no "Accept all" button matches ${widget.accept}`);
      await button.click();
      await settle(
        first.page,
        first.requests,
        (state) => state.analyticsAt !== null,
        'analytics did not run after "Accept all"',
        QUIET_AFTER_CLICK_MS,
      );
      afterClick = await first.page.evaluate(readProbe, MARK);
      if (afterClick.clickAt === null) fail('the click on "Accept all" never reached the page');
    }
    const bytes = await widgetFiles(first.requests.widgetResponses, origin);
    const clickPhaseFrames = afterClick.widgetFrames.filter((frame) => afterClick.clickAt !== null && frame.start + frame.duration >= afterClick.clickAt);
    return {
      blockedBeforeConsent,
      fetchedBeforeConsent,
      // When the page was parsed, and when the widget's outermost element arrived (the banner is polled from then on).
      domContentLoadedMs: beforeClick.domContentLoadedAt,
      bannerElementMs: beforeClick.bannerElementAt,
      bannerVisibleMs: beforeClick.bannerFirstVisibleAt,
      // Shown, hidden and shown again before anyone clicked: a flicker.
      bannerShows: beforeClick.bannerShows,
      bannerMoves: beforeClick.bannerMoves,
      totalBlockingTimeMs: blockingTime(beforeClick.longTasks),
      longestWidgetFrameMs: longestFrame(beforeClick.widgetFrames),
      widgetScriptInLongFramesMs: widgetScriptTime(beforeClick.widgetFrames),
      longestWidgetFrameAfterClickMs: widget.accept ? longestFrame(clickPhaseFrames) : null,
      cumulativeLayoutShift: beforeClick.cumulativeLayoutShift,
      layoutShiftBeyondPage: beforeClick.layoutShiftBeyondPage,
      layoutShifts: beforeClick.layoutShifts,
      largestContentfulPaint: lcpOf(beforeClick),
      jsHeapUsedBytes: JSHeapUsedSize,
      clickToAnalyticsMs: widget.accept ? afterClick.analyticsAt - afterClick.clickAt : null,
      bytes,
      widgetFrames: { load: beforeClick.widgetFrames, click: clickPhaseFrames },
    };
  } finally {
    await first.page.close();
  }
}

/**
 * The returning visit, after firstVisit on the same origin: a new tab, HTTP
 * cache off, the stored consent kept. Analytics must run without a click;
 * the banner must not show.
 * @param {import('puppeteer-core').Browser} browser
 * @param {Visit} visit
 */
export const returningVisit = (browser, visit) => named(visit, () => measureReturningVisit(browser, visit));

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {Visit} visit
 */
async function measureReturningVisit(browser, visit) {
  const { origin } = visit;
  const back = await openPage(browser, visit, { cache: false });
  try {
    await settle(back.page, back.requests, (state) => state.analyticsAt !== null, 'analytics did not run for the returning visitor');
    const returning = await back.page.evaluate(readProbe, MARK);
    return {
      domContentLoadedMs: returning.domContentLoadedAt,
      bannerElementMs: returning.bannerElementAt,
      analyticsMs: returning.analyticsAt,
      bannerFlash: returning.bannerShows > 0,
      bannerFlashMs: returning.bannerVisibleMs,
      totalBlockingTimeMs: blockingTime(returning.longTasks),
      longestWidgetFrameMs: longestFrame(returning.widgetFrames),
      widgetScriptInLongFramesMs: widgetScriptTime(returning.widgetFrames),
      cumulativeLayoutShift: returning.cumulativeLayoutShift,
      layoutShiftBeyondPage: returning.layoutShiftBeyondPage,
      layoutShifts: returning.layoutShifts,
      largestContentfulPaint: lcpOf(returning),
      bytes: await widgetFiles(back.requests.widgetResponses, origin),
      widgetFrames: returning.widgetFrames,
    };
  } finally {
    await back.page.close();
  }
}
