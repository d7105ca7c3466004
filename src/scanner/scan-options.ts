/**
 * The arguments of `cookie-consent scan`, read and checked. A mistake comes
 * back as one message naming the argument and what it takes.
 */
import { parseArgs } from 'node:util';

export const SCAN_USAGE = `Usage: cookie-consent-element scan <url> [options]   (also: cookie-consent scan)

Loads the site in headless Chromium before any choice, after Reject all,
after Accept all and after withdrawing, and reports every cookie, storage
entry and tracker request, what breaks the visitor's choice, and what the
config does not declare.

Options:
  --pages N            pages to visit, same origin, breadth first (default 10)
  --json FILE          write the full report as JSON (format cookie-consent-scan/1)
  --html FILE          write a self-contained report to open offline or print
  --config FILE|URL    compare with this config instead of the page's own
  --browser-arg ARG    pass a flag to Chromium (repeat for several)
  --timeout SECONDS    longest wait for one page to load (default 20)

Chromium: Debian's /usr/bin/chromium, or the one CHROME_PATH names.
Exit code 0: no violation. 1: violations. 2: the scan could not run.`;

export interface ScanOptions {
  url: string;
  pages: number;
  json: string | null;
  html: string | null;
  config: string | null;
  browserArgs: string[];
  timeoutMs: number;
}

export type ParsedScanArgs = { ok: true; options: ScanOptions } | { ok: false; error: string } | { ok: true; help: true };

/** At most this many pages: each page is loaded four times. */
const MAX_PAGES = 200;

export function parseScanArgs(args: string[]): ParsedScanArgs {
  let parsed: ReturnType<typeof read>;
  try {
    parsed = read(args);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { ok: true, help: true };
  if (positionals.length !== 1) {
    return { ok: false, error: positionals.length === 0 ? 'the site URL is missing' : `one URL expected, got ${positionals.length}: ${positionals.join(' ')}` };
  }
  const url = siteUrl(positionals[0]!);
  if (url === null) return { ok: false, error: `<url>: an http(s) URL like https://example.com/, got ${JSON.stringify(positionals[0])}` };
  const pages = Number(values.pages);
  if (!Number.isInteger(pages) || pages < 1 || pages > MAX_PAGES) {
    return { ok: false, error: `--pages: a whole number from 1 to ${MAX_PAGES}, got ${JSON.stringify(values.pages)}` };
  }
  const timeout = Number(values.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) {
    return { ok: false, error: `--timeout: seconds, more than 0 and at most 600, got ${JSON.stringify(values.timeout)}` };
  }
  return {
    ok: true,
    options: {
      url,
      pages,
      json: values.json ?? null,
      html: values.html ?? null,
      config: values.config ?? null,
      browserArgs: values['browser-arg'] ?? [],
      timeoutMs: Math.round(timeout * 1000),
    },
  };
}

function read(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      pages: { type: 'string', default: '10' },
      json: { type: 'string' },
      html: { type: 'string' },
      config: { type: 'string' },
      'browser-arg': { type: 'string', multiple: true },
      timeout: { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** The URL to start from, without its fragment; null unless http(s). */
function siteUrl(text: string): string | null {
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}
