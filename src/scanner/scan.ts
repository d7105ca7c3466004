/**
 * A whole scan: the `before` phase crawls the site and looks at the widget;
 * when the widget is there, `reject`, `accept` and `withdraw` each load the
 * same pages in a fresh profile after making that choice; then the findings.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'puppeteer-core';
import { parseConfig, type ConsentConfig } from '../core/config.js';
import { compileAutoBlock, DEFAULT_AUTO_BLOCK, mergeAutoBlock } from '../core/tracker-hosts.js';
import { WIDGET_VERSION } from '../version.js';
import { launchChromium, ScanSetupError } from './chromium.js';
import { findDeclaredNotSeen, findUndeclared, findViolations, proposeConfig, type Phases } from './findings.js';
import { chooseInOtherTool } from './other-consent-tools.js';
import { runPhase } from './phase-runner.js';
import type { ScanOptions } from './scan-options.js';
import type { PhaseName, UndeclaredCookie, Violation } from './scan-types.js';
import { chooseOnBanner, findWidget, waitForBanner, widgetVersion, withdrawInPreferences, type WidgetOnPage } from './widget-actions.js';

export const SCAN_FORMAT = 'cookie-consent-scan/1';

export interface ScanReport {
  format: typeof SCAN_FORMAT;
  url: string;
  scannedAt: string;
  tool: { name: string; version: string };
  browser: string;
  pages: string[];
  widget: { found: boolean; version: string | null; configSource: string | null };
  phases: Phases;
  violations: Violation[];
  undeclared: UndeclaredCookie[];
  declaredNotSeen: { name: string; category: string; service: string }[];
  proposedConfig: Record<string, unknown>;
  /** Where the config compared with came from: `--config`, the page, or none. */
  config: { source: string | null; problems: string[] };
  /** What the reader should know about how the scan ran. */
  notes: string[];
  durationMs: number;
  /** The first layer as a first-time visitor saw it (JPEG, base64); in the HTML report, not in the JSON. */
  screenshot?: string;
}

export async function scan(options: ScanOptions, progress: (line: string) => void): Promise<ScanReport> {
  const started = Date.now();
  const browser = await launchChromium(options.browserArgs);
  try {
    return await scanWith(browser, options, progress, started);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function scanWith(browser: Browser, options: ScanOptions, progress: (line: string) => void, started: number): Promise<ScanReport> {
  const notes: string[] = [];
  let widget: WidgetOnPage = { found: false, configSource: null, configText: null };
  let screenshot: string | undefined;
  let bannerShown = false;
  // Known tracker hosts from the widget's own list; the site's autoBlock is added once its config is known.
  let tracker = compileAutoBlock(DEFAULT_AUTO_BLOCK);
  const lookup = (url: string) => tracker(url, options.url);

  const before = await runPhase(browser, {
    phase: 'before',
    startUrl: options.url,
    pages: null,
    maxPages: options.pages,
    timeoutMs: options.timeoutMs,
    tracker: lookup,
    progress,
    onFirstPage: async (page: Page) => {
      widget = await findWidget(page);
      // An invalid config shows no banner (the widget fails closed): no use waiting for one.
      if (widget.found && configIsValid(widget.configText)) bannerShown = await waitForBanner(page, options.timeoutMs);
      // The page was scrolled to its end to load everything; the visitor arrives at its top.
      await page.evaluate('window.scrollTo(0, 0)');
      screenshot = Buffer.from(await page.screenshot({ type: 'jpeg', quality: 70 })).toString('base64');
    },
  });
  const { config, raw, source, problems } = await readConfig(options, widget);
  if (config) {
    const merged = compileAutoBlock(mergeAutoBlock(DEFAULT_AUTO_BLOCK, config.autoBlock));
    tracker = merged;
    // Requests of `before` were classified with the built-in list only: classify them again with the site's own hosts.
    for (const request of before.record.requests) request.tracker = merged(request.url, options.url);
  }

  const phases: Phases = { before: before.record };
  let version: string | null = null;
  if (!widget.found) {
    await otherToolPhases(browser, options, before.pages, lookup, progress, phases, notes);
  } else if (!bannerShown) {
    // No banner, no choice to make: with an invalid config the widget fails closed and shows none.
    const why = problems.length > 0 ? 'the page’s config is invalid, so the widget fails closed and shows no banner' : `the banner did not show within ${options.timeoutMs / 1000} s`;
    notes.push(`${why}: only the \`before\` phase ran`);
  } else {
    const timeoutMs = options.timeoutMs;
    const settings = (phase: PhaseName, prepare: (page: Page) => Promise<string>) => ({
      phase,
      startUrl: options.url,
      pages: before.pages,
      maxPages: before.pages.length,
      timeoutMs,
      tracker: lookup,
      progress,
      prepare,
    });
    // Three fresh profiles side by side: each waits on the network most of the time, so two cores keep up.
    const [reject, accept, withdraw] = await Promise.all([
      runPhase(browser, settings('reject', async (page) => {
        await chooseOnBanner(page, 'reject', timeoutMs);
        return `clicked "Reject all" on ${page.url()}`;
      })),
      runPhase(browser, settings('accept', async (page) => {
        await chooseOnBanner(page, 'accept', timeoutMs);
        version = await widgetVersion(page);
        return `clicked "Accept all" on ${page.url()}`;
      })),
      runPhase(browser, settings('withdraw', async (page) => {
        await chooseOnBanner(page, 'accept', timeoutMs);
        // The accepted tags run on the next page as on a returning visit, and store what they store.
        await page.goto(options.url, { waitUntil: 'load', timeout: timeoutMs });
        await new Promise((resolve) => setTimeout(resolve, 500));
        const how = await withdrawInPreferences(page, config?.reloadOnWithdraw !== false, timeoutMs);
        return `clicked "Accept all", loaded ${options.url} again, then "Withdraw consent" in the preferences opened through ${how}`;
      })),
    ]);
    Object.assign(phases, { reject: reject.record, accept: accept.record, withdraw: withdraw.record });
  }
  for (const [phase, record] of Object.entries(phases)) {
    for (const error of record.errors) notes.push(`${phase}: ${error.page} could not be scanned: ${error.error}`);
  }

  return {
    format: SCAN_FORMAT,
    url: options.url,
    scannedAt: new Date(started).toISOString(),
    tool: { name: 'cookie-consent-element', version: WIDGET_VERSION },
    browser: await browser.version(),
    pages: before.pages,
    widget: { found: widget.found, version, configSource: widget.configSource },
    phases,
    violations: findViolations(phases, config),
    undeclared: findUndeclared(phases, config),
    declaredNotSeen: findDeclaredNotSeen(phases, config),
    proposedConfig: proposeConfig(raw, phases, config),
    config: { source, problems },
    notes,
    durationMs: Date.now() - started,
    ...(screenshot ? { screenshot } : {}),
  };
}

/**
 * Without our widget: `reject` and `accept` through autoconsent, when it
 * knows the site's consent tool; otherwise only `before` stands.
 */
async function otherToolPhases(
  browser: Browser,
  options: ScanOptions,
  pages: string[],
  tracker: (url: string) => string | null,
  progress: (line: string) => void,
  phases: Phases,
  notes: string[],
): Promise<void> {
  const choose = (phase: 'reject' | 'accept', action: 'optOut' | 'optIn') =>
    runPhase(browser, {
      phase,
      startUrl: options.url,
      pages,
      maxPages: pages.length,
      timeoutMs: options.timeoutMs,
      tracker,
      progress,
      prepare: async (page) => {
        const tool = await chooseInOtherTool(page, action, options.timeoutMs);
        return `${phase === 'reject' ? 'rejected' : 'accepted'} in the site's consent tool (${tool}) through autoconsent on ${page.url()}`;
      },
    });
  const [reject, accept] = await Promise.allSettled([choose('reject', 'optOut'), choose('accept', 'optIn')]);
  if (reject.status === 'fulfilled') phases.reject = reject.value.record;
  if (accept.status === 'fulfilled') phases.accept = accept.value.record;
  if (reject.status === 'rejected' && accept.status === 'rejected') {
    notes.push(`no cookie-consent-element on the first page, and ${reasonOf(reject.reason)}: only the \`before\` phase ran`);
    return;
  }
  for (const [phase, outcome] of [['reject', reject], ['accept', accept]] as const) {
    if (outcome.status === 'rejected') notes.push(`${phase}: ${reasonOf(outcome.reason)}`);
  }
  notes.push('no cookie-consent-element on the first page: the site\'s own consent tool was operated through autoconsent; `withdraw` is not among its actions and did not run');
}

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Whether a page's config text would start the widget (unknown sources, read by the widget itself, count as valid). */
function configIsValid(text: string | null): boolean {
  if (text === null) return true;
  try {
    return parseConfig(JSON.parse(text)).ok;
  } catch {
    return false;
  }
}

interface ConfigRead {
  config: ConsentConfig | null;
  raw: unknown;
  source: string | null;
  problems: string[];
}

/** The config to compare with: `--config` (a file or an http(s) URL) when given, else the page's own. */
async function readConfig(options: ScanOptions, widget: WidgetOnPage): Promise<ConfigRead> {
  let text: string | null = widget.configText;
  let source: string | null = widget.configText === null ? null : `the page (${widget.configSource})`;
  if (options.config) {
    source = options.config;
    try {
      text = /^https?:\/\//i.test(options.config)
        ? await fetchText(options.config, options.timeoutMs)
        : await readFile(options.config, 'utf8');
    } catch (error) {
      throw new ScanSetupError(`--config: cannot read ${options.config} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  if (text === null) return { config: null, raw: null, source, problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    if (options.config) throw new ScanSetupError(`--config: ${options.config} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return { config: null, raw: null, source, problems: ['the page’s config is not valid JSON: the widget fails closed'] };
  }
  const parsed = parseConfig(raw);
  if (!parsed.ok) {
    const problems = parsed.errors.map((problem) => `${problem.path}: ${problem.message}`);
    if (options.config) throw new ScanSetupError(`--config: ${options.config} is not a valid config:\n  ${problems.join('\n  ')}`);
    return { config: null, raw, source, problems };
  }
  return { config: parsed.config, raw, source, problems: [] };
}

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}
