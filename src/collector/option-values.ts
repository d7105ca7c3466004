/**
 * The collector's option values, one reader per kind: each returns the value
 * (or a fallback) and adds a message naming the flag and what it expected to
 * `problems`, so that every wrong option is reported at once.
 */
import { isIP } from 'node:net';
import { CATEGORY_KEY, MAX_LEARNED_CATEGORIES } from './site-names.js';

export function wholeNumber(problems: string[], name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
    problems.push(`--${name}: expected a whole number from ${min} to ${max}, got "${text}"`);
    return fallback;
  }
  return value;
}

export function isoTime(problems: string[], name: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const time = Date.parse(text);
  if (Number.isNaN(time)) {
    problems.push(`--${name}: expected an ISO-8601 time such as 2026-01-31T00:00:00Z, got "${text}"`);
    return undefined;
  }
  return new Date(time).toISOString();
}

/** Names proxy-addr (Fastify's trustProxy) understands for whole address ranges. */
const PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrNetwork(text: string): boolean {
  if (PROXY_RANGES.includes(text)) return true;
  const [address, bits, extra] = text.split('/');
  if (extra !== undefined || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** --trust-proxy: a hop count or a list of proxy addresses; never "every hop". */
export function parseTrustProxy(problems: string[], text: string | undefined): false | number | string[] {
  if (text === undefined) return false;
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed) && Number(trimmed) <= 100) return Number(trimmed) === 0 ? false : Number(trimmed);
  const items = trimmed.split(',').map((item) => item.trim()).filter(Boolean);
  const wrong = items.filter((item) => !isAddressOrNetwork(item));
  if (items.length === 0 || wrong.length > 0) {
    problems.push(
      `--trust-proxy: expected how many proxies are in front (e.g. 1) or their addresses (e.g. 10.0.0.5,10.1.0.0/16, loopback), got "${text}"` +
        (/^(true|yes)$/i.test(trimmed) ? ': trusting every hop would let a client choose its own address' : ''),
    );
    return false;
  }
  return items;
}

/** --categories: category keys as the widget's config has them. */
export function parseCategories(problems: string[], lists: readonly string[]): string[] | undefined {
  const keys = [...new Set(lists.flatMap((list) => list.split(',')).map((text) => text.trim()).filter(Boolean))];
  const wrong = keys.filter((key) => !CATEGORY_KEY.test(key));
  if (wrong.length > 0) problems.push(`--categories: expected category keys such as necessary,analytics (a-z, 0-9, _ and -), got "${wrong[0]}"`);
  if (keys.length > MAX_LEARNED_CATEGORIES) problems.push(`--categories: at most ${MAX_LEARNED_CATEGORIES} categories`);
  return keys.length > 0 ? keys : undefined;
}

/** Origins as the browser sends them: scheme, host and port only. */
export function parseOrigins(problems: string[], lists: readonly string[]): string[] {
  const origins: string[] = [];
  for (const item of lists.flatMap((list) => list.split(',')).map((text) => text.trim()).filter(Boolean)) {
    let origin: string | undefined;
    try {
      origin = new URL(item).origin;
    } catch {
      origin = undefined;
    }
    if (origin === undefined || origin === 'null' || origin !== item.replace(/\/$/, '')) {
      problems.push(`--origin: "${item}" is not an origin such as https://news.example (no path)`);
    } else if (!origins.includes(origin)) {
      origins.push(origin);
    }
  }
  return origins;
}
