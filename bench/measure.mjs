/**
 * One benchmark run of one widget: a first visit in a fresh incognito
 * context (cold cache, no stored consent) that waits for the banner and
 * clicks its real "Accept all", then a returning visit in the same context
 * (HTTP cache off, the widget's stored consent kept).
 *
 * Each visit throttles the page's CPU 4× and installs the probe (probe.mjs)
 * before the page's first script. Failures of the things the benchmark relies
 * on (banner shown, analytics held back until the click, run after it, run
 * without a click on return) throw a BenchFailure: a number measured on a
 * widget that did not do its job would be worse than no number.
 */
import { gzipSync } from 'node:zlib';
import { installProbe, pollProbe, readProbe } from './probe.mjs';
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
 * @param {import('puppeteer-core').BrowserContext} context
 * @param {string} url
 * @param {{ banner: string[] | null }} widget
 * @param {string | null} widgetPrefix
 * @param {{ cache: boolean }} options
 */
async function openPage(context, url, widget, widgetPrefix, { cache }) {
  const page = await context.newPage();
  await page.setCacheEnabled(cache);
  await page.emulateCPUThrottling(CPU_SLOWDOWN);
  await page.evaluateOnNewDocument(installProbe, { banner: widget.banner, widgetPrefix });
  const requests = watchRequests(page, widgetPrefix);
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
  return { page, requests };
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {import('./widgets.mjs').Widget} widget
 */
export async function measureRun(browser, origin, widget) {
  const url = `${origin}/${widget.id}/`;
  const widgetPrefix = widget.dir ? `${origin}/widget/${widget.id}/` : null;
  const fail = (message) => {
    throw new BenchFailure(`${widget.id}: ${message}`);
  };
  const context = await browser.createBrowserContext();
  try {
    // First visit: cold cache, nothing stored.
    const first = await openPage(context, url, widget, widgetPrefix, { cache: true });
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
    const firstBytes = await widgetFiles(first.requests.widgetResponses, origin);
    await first.page.close();

    // Returning visit: the same context keeps the stored consent; the HTTP cache is off.
    const back = await openPage(context, url, widget, widgetPrefix, { cache: false });
    await settle(back.page, back.requests, (state) => state.analyticsAt !== null, 'analytics did not run for the returning visitor');
    const returning = await back.page.evaluate(readProbe, MARK);
    const returningBytes = await widgetFiles(back.requests.widgetResponses, origin);
    await back.page.close();

    const clickPhaseFrames = afterClick.widgetFrames.filter((frame) => afterClick.clickAt !== null && frame.start + frame.duration >= afterClick.clickAt);
    return {
      widget: widget.id,
      blockedBeforeConsent,
      fetchedBeforeConsent,
      // When the page was parsed, and when the widget's outermost element arrived (the banner is polled from then on).
      domContentLoadedMs: beforeClick.domContentLoadedAt,
      bannerElementMs: beforeClick.bannerElementAt,
      bannerVisibleMs: beforeClick.bannerFirstVisibleAt,
      totalBlockingTimeMs: blockingTime(beforeClick.longTasks),
      longestWidgetFrameMs: longestFrame(beforeClick.widgetFrames),
      widgetScriptInLongFramesMs: widgetScriptTime(beforeClick.widgetFrames),
      longestWidgetFrameAfterClickMs: widget.accept ? longestFrame(clickPhaseFrames) : null,
      cumulativeLayoutShift: beforeClick.cumulativeLayoutShift,
      jsHeapUsedBytes: JSHeapUsedSize,
      clickToAnalyticsMs: widget.accept ? afterClick.analyticsAt - afterClick.clickAt : null,
      firstVisitBytes: firstBytes,
      returning: {
        domContentLoadedMs: returning.domContentLoadedAt,
        bannerElementMs: returning.bannerElementAt,
        analyticsMs: returning.analyticsAt,
        bannerFlash: returning.bannerShows > 0,
        bannerFlashMs: returning.bannerVisibleMs,
        totalBlockingTimeMs: blockingTime(returning.longTasks),
        longestWidgetFrameMs: longestFrame(returning.widgetFrames),
        widgetScriptInLongFramesMs: widgetScriptTime(returning.widgetFrames),
        cumulativeLayoutShift: returning.cumulativeLayoutShift,
        bytes: returningBytes,
      },
      widgetFrames: { load: beforeClick.widgetFrames, click: clickPhaseFrames, returning: returning.widgetFrames },
    };
  } finally {
    await context.close();
  }
}
