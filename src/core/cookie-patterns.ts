/**
 * Which cookies and storage keys to delete when a purpose is refused, and
 * where they may live. Pure: the browser side (src/browser/cookie-cleaner.ts)
 * reads the page's cookie string and writes the expiring cookies.
 *
 * A script cannot list a cookie's domain or path, only its name, so the
 * cleaner expires each matching name on every domain and path that could
 * hold a cookie this page can see.
 */
import type { ConsentConfig } from './config.js';
import type { ConsentState } from './consent.js';

/**
 * Compiles cookie-name patterns into one test. `*` matches any run of
 * characters, empty included; everything else is literal and case-sensitive,
 * as cookie names are. No pattern matches nothing.
 */
export function cookieNameMatcher(patterns: readonly string[]): (name: string) => boolean {
  const sources = patterns
    .filter((pattern) => pattern !== '')
    .map((pattern) =>
      pattern
        .split(/\*+/)
        .map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s\\S]*'),
    );
  if (sources.length === 0) return () => false;
  // One alternation instead of a loop of tests: names are checked once per cookie and per storage key.
  const regex = new RegExp(`^(?:${sources.join('|')})$`);
  return (name) => regex.test(name);
}

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * The domains a cookie visible on `hostname` may have been set on: the host
 * itself, then each parent down to, but not including, the top-level label.
 * `www.news.example.co.uk` gives `www.news.example.co.uk`, `news.example.co.uk`,
 * `example.co.uk`, `co.uk`.
 *
 * Public suffixes such as `co.uk` are included on purpose, because telling them
 * apart needs the whole Public Suffix List: browsers refuse a cookie whose
 * domain is a public suffix, so expiring one there is a no-op, not a risk.
 * IP addresses (IPv6 hosts contain `:`) and single-label hosts such as
 * `localhost` have no parent domain: only themselves.
 */
export function domainCandidates(hostname: string): string[] {
  // A fully qualified host may end with a dot ("example.com."); its parents are the same either way.
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '') return [];
  if (host.includes(':') || IPV4.test(host)) return [host];
  const labels = host.split('.');
  if (labels.length === 1) return [host];
  const candidates: string[] = [];
  for (let i = 0; i < labels.length - 1; i++) candidates.push(labels.slice(i).join('.'));
  return candidates;
}

/**
 * The cookie paths visible on `pathname`: `/` and every prefix ending at a
 * segment boundary, with and without the trailing slash, because `path=/a`
 * and `path=/a/` are two different cookies and both are sent to `/a/b`.
 * `/a/b/c` gives `/`, `/a`, `/a/`, `/a/b`, `/a/b/`, `/a/b/c`. Only these can
 * hold a cookie this page sees: a cookie's path must be such a prefix of the
 * page's path (RFC 6265 §5.1.4). A cookie set by script without a path gets
 * the page's directory (`/a/b` here), which is in the list.
 */
export function pathCandidates(pathname: string): string[] {
  if (!pathname.startsWith('/')) return ['/'];
  const candidates = new Set<string>(['/']);
  for (let i = 1; i < pathname.length; i++) {
    if (pathname[i] !== '/') continue;
    candidates.add(pathname.slice(0, i));
    candidates.add(pathname.slice(0, i + 1));
  }
  candidates.add(pathname);
  return [...candidates];
}

/**
 * The distinct cookie names in a `the page's cookie string` string, in order. A
 * cookie with no `=` has an empty name (its text is the value) and cannot
 * be addressed by name, so it is left out.
 */
export function cookieNames(cookieHeader: string): string[] {
  const names = new Set<string>();
  for (const pair of cookieHeader.split(';')) {
    const equals = pair.indexOf('=');
    if (equals === -1) continue;
    const name = pair.slice(0, equals).trim();
    if (name !== '') names.add(name);
  }
  return [...names];
}

/** The names in a `the page's cookie string` string that match any of `patterns`, each once. */
export function cookiesToDelete(cookieHeader: string, patterns: readonly string[]): string[] {
  const matches = cookieNameMatcher(patterns);
  return cookieNames(cookieHeader).filter(matches);
}

/** Every cookie-name pattern the services of `categories` declare, each once, in config order. */
export function patternsFor(config: ConsentConfig, categories: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const key of categories) {
    const category = config.categories[key];
    if (!category) continue;
    for (const service of Object.values(category.services)) {
      for (const cookie of service.cookies) patterns.add(cookie.name);
    }
  }
  return [...patterns];
}

/** What to delete after a decision, and what must survive it. */
export interface CleanupPatterns {
  /** Patterns of the services now off: in a refused optional category, or switched off one by one. */
  remove: string[];
  /** Patterns of the services still allowed (required categories included): a name matching these is never deleted. */
  keep: string[];
}

/**
 * Splits the config's cookie patterns by a decision (a `ConsentState`, or
 * just its `categories` and `services`). An optional category missing from
 * the decision counts as refused. Inside an allowed category a service is
 * off unless the decision turned it on, as `serviceGranted` reads it (a
 * service added to the config after the decision is not covered). A name
 * declared both by a service that is off and by one still allowed (a Google
 * cookie shared by analytics and marketing, say) is kept: the allowed
 * service still needs it.
 */
export function cleanupPatterns(
  config: ConsentConfig,
  decision: Pick<ConsentState, 'categories' | 'services'>,
): CleanupPatterns {
  const remove = new Set<string>();
  const keep = new Set<string>();
  for (const [key, category] of Object.entries(config.categories)) {
    const categoryAllowed = category.required || decision.categories[key] === true;
    for (const [name, service] of Object.entries(category.services)) {
      const choices = decision.services?.[key];
      const allowed = category.required || (categoryAllowed && (choices === undefined || choices[name] === true));
      for (const cookie of service.cookies) (allowed ? keep : remove).add(cookie.name);
    }
  }
  return { remove: [...remove], keep: [...keep] };
}
