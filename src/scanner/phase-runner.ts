/**
 * One phase of a scan in a fresh browser profile: optionally a choice made
 * on the first page, then every page loaded, scrolled to the end and left to
 * settle, with what it stored and sent recorded after each.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'puppeteer-core';
import { ScanSetupError } from './chromium.js';
import { LINKS_SOURCE, PROBE_BINDING, PROBE_SOURCE, READ_STORAGE_SOURCE, SCROLL_SOURCE, type FrameStorage, type ProbeWrite } from './page-probe.js';
import { PhaseRecorder, type TrackerLookup } from './phase-recorder.js';
import type { PhaseName, PhaseRecord } from './scan-types.js';

/** How long the network must be idle after load for a page to count as settled… */
const QUIET_MS = 400;
/** …and the longest wait for that (a page polling forever is recorded as it is then). */
const SETTLE_MAX_MS = 4000;
/** Extensions that are no pages: links to them are not crawled. */
const NOT_A_PAGE = /\.(?:pdf|zip|gz|tgz|rar|7z|exe|dmg|msi|jpe?g|png|gif|webp|avif|svg|ico|mp[34]|m4[av]|mov|webm|ogg|wav|woff2?|ttf|css|js|json|xml|txt|csv|docx?|xlsx?|pptx?)$/i;

export interface PhaseSettings {
  phase: PhaseName;
  startUrl: string;
  /** The pages to visit; null to crawl from startUrl (the `before` phase finds the pages). */
  pages: string[] | null;
  maxPages: number;
  timeoutMs: number;
  tracker: TrackerLookup;
  progress: (line: string) => void;
  /** Brings the fresh profile into this phase's state on the first page (click a choice); says what it did. */
  prepare?: (page: Page) => Promise<string>;
  /** Runs on the first page once it settled, before it is recorded (the `before` phase looks at the widget here). */
  onFirstPage?: (page: Page) => Promise<void>;
}

export interface PhaseOutcome {
  record: PhaseRecord;
  pages: string[];
}

export async function runPhase(browser: Browser, settings: PhaseSettings): Promise<PhaseOutcome> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const recorder = new PhaseRecorder(settings.startUrl, settings.tracker);
    const network = await watch(page, recorder);
    let origin = new URL(settings.startUrl).origin;
    if (settings.prepare) {
      recorder.recordingRequests = false;
      await load(page, settings.startUrl, settings.timeoutMs);
      await network.settle();
      recorder.actions.push(await settings.prepare(page));
      recorder.recordingRequests = true;
    }
    const queue = settings.pages ? [...settings.pages] : [settings.startUrl];
    const queued = new Set(queue);
    const visited: string[] = [];
    while (queue.length > 0 && visited.length < settings.maxPages) {
      const url = queue.shift()!;
      visited.push(url);
      network.page = url;
      const started = Date.now();
      try {
        network.forget();
        await load(page, url, settings.timeoutMs);
        await page.evaluate(SCROLL_SOURCE).catch(() => undefined);
        await network.settle();
        if (visited.length === 1 && settings.onFirstPage) await settings.onFirstPage(page);
        await recordState(page, context, recorder, url);
        if (!settings.pages) {
          // A site that redirects its start page (http → https, example.com → www.example.com) is crawled where it went.
          if (visited.length === 1) origin = new URL(page.url()).origin;
          for (const link of await sameOriginLinks(page, origin)) {
            if (!queued.has(link)) {
              queued.add(link);
              queue.push(link);
            }
          }
        }
        settings.progress(`[${settings.phase}] ${visited.length} ${url} (${Date.now() - started} ms)`);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        // Without its first page a crawl has nothing to go on: the scan cannot run.
        if (!settings.pages && visited.length === 1) throw new ScanSetupError(`cannot load ${url}: ${reason}`);
        recorder.errors.push({ page: url, error: reason });
        settings.progress(`[${settings.phase}] ${visited.length} ${url}: ${reason}`);
      }
    }
    if (recorder.droppedRequests > 0) recorder.actions.push(`${recorder.droppedRequests} further requests were counted but not kept`);
    await network.detach();
    return { record: recorder.result(), pages: visited };
  } finally {
    await closeQuietly(context);
  }
}

async function load(page: Page, url: string, timeoutMs: number): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  if (response && response.status() >= 400) throw new Error(`HTTP ${response.status()}`);
}

/** Runs in the page: the marked script tags, by URL (`data-src` while blocked), with their data-category. */
const SCRIPT_CATEGORIES_SOURCE = `Array.from(document.scripts, (script) => {
  const blocked = script.getAttribute('data-src');
  return [script.src || (blocked ? new URL(blocked, location.href).href : ''), script.getAttribute('data-category')];
}).filter(([src, category]) => src && category)`;

async function recordState(page: Page, context: BrowserContext, recorder: PhaseRecorder, url: string): Promise<void> {
  const marked = (await page.evaluate(SCRIPT_CATEGORIES_SOURCE).catch(() => [])) as [string, string][];
  recorder.markedScripts(marked);
  recorder.cookiesAfter(url, await context.cookies(), Date.now());
  for (const frame of page.frames()) {
    if (frame.detached) continue;
    const storage = (await withTimeout(frame.evaluate(READ_STORAGE_SOURCE), 3000).catch(() => null)) as FrameStorage | null;
    // about:blank and sandboxed frames have an opaque origin ("null") and can hold nothing.
    if (storage && storage.origin !== 'null') recorder.storageAfter(url, storage);
  }
}

async function sameOriginLinks(page: Page, origin: string): Promise<string[]> {
  const hrefs = (await page.evaluate(LINKS_SOURCE).catch(() => [])) as string[];
  const links: string[] = [];
  for (const href of hrefs) {
    try {
      const url = new URL(href);
      url.hash = '';
      if (url.origin === origin && !NOT_A_PAGE.test(url.pathname)) links.push(url.href);
    } catch {
      // Not a URL: not a page to visit.
    }
  }
  return links;
}

interface NetworkWatch {
  /** The page being visited, that requests are recorded against. */
  page: string;
  /** Forgets the requests of the documents before (a visit starts afresh). */
  forget(): void;
  settle(): Promise<void>;
  detach(): Promise<void>;
}

/**
 * Follows the page's network through its own DevTools session: requests (for
 * the record and to know when the page is idle) and Set-Cookie headers (to
 * say which response set a cookie); and installs the in-page probe.
 */
async function watch(page: Page, recorder: PhaseRecorder): Promise<NetworkWatch> {
  await page.exposeFunction(PROBE_BINDING, (json: string) => {
    try {
      recorder.probeWrite(JSON.parse(json) as ProbeWrite);
    } catch {
      // A page could call the binding itself: what is no probe report is ignored.
    }
  });
  await page.evaluateOnNewDocument(PROBE_SOURCE);
  const session: CDPSession = await page.createCDPSession();
  await session.send('Network.enable');
  const mainFrame = (await session.send('Page.getFrameTree')).frameTree.frame.id;
  // Requests in flight, with the document that made them. A document being replaced may never report the
  // end of its requests, so only the current top document's requests (and its frames') are waited for.
  const inFlight = new Map<string, { frame: string; loader: string }>();
  let currentLoader = '';
  const pending = () => [...inFlight.values()].filter((request) => request.frame !== mainFrame || request.loader === currentLoader).length;
  const urls = new Map<string, string>();
  /** The script that started each request, for cookies its response sets. */
  const initiators = new Map<string, string>();
  let lastActivity = Date.now();
  const state: NetworkWatch = {
    page: '',
    forget() {
      inFlight.clear();
    },
    async settle() {
      const deadline = Date.now() + SETTLE_MAX_MS;
      while (Date.now() < deadline) {
        if (pending() === 0 && Date.now() - lastActivity >= QUIET_MS) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async detach() {
      await session.detach().catch(() => undefined);
    },
  };
  session.on('Network.requestWillBeSent', (event) => {
    lastActivity = Date.now();
    if (event.type === 'Document' && event.frameId === mainFrame) currentLoader = event.loaderId;
    if (!event.redirectResponse) inFlight.set(event.requestId, { frame: event.frameId ?? '', loader: event.loaderId });
    urls.set(event.requestId, event.request.url);
    if (urls.size > 2000) urls.delete(urls.keys().next().value!);
    const initiator = event.initiator.url ?? event.initiator.stack?.callFrames.find((frame) => frame.url)?.url ?? null;
    if (initiator) initiators.set(event.requestId, initiator);
    if (initiators.size > 2000) initiators.delete(initiators.keys().next().value!);
    recorder.request({ url: event.request.url, method: event.request.method, type: event.type ?? 'other', initiator }, state.page);
  });
  const finished = (event: { requestId: string }) => {
    lastActivity = Date.now();
    inFlight.delete(event.requestId);
  };
  session.on('Network.loadingFinished', finished);
  session.on('Network.loadingFailed', finished);
  session.on('Network.responseReceivedExtraInfo', (event) => {
    const header = Object.entries(event.headers).find(([name]) => name.toLowerCase() === 'set-cookie')?.[1];
    const url = urls.get(event.requestId);
    if (header && url) recorder.setCookieHeader(url, String(header), initiators.get(event.requestId) ?? null);
  });
  return state;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function closeQuietly(context: BrowserContext): Promise<void> {
  await context.close().catch(() => undefined);
}
