/**
 * Known tracker hosts per consent category, and matching a tag's URL against
 * them, for automatic blocking of tags that reach the page after the widget
 * starts. Pure: no DOM, runs in the browser and in Node alike.
 */

/** Category → host names; a host also covers its subdomains; `host/path` covers that path and below only. */
export type AutoBlockHosts = Readonly<Record<string, readonly string[]>>;

/** Says which categories a tag at `url` needs: one category, several space-separated, or null for none. */
export type HostMatcher = (url: string, baseUrl: string) => string | null;

/**
 * The hosts blocked when the config says nothing else (see `mergeAutoBlock`).
 *
 * Only hosts whose scripts or frames set or read identifiers on the visitor's
 * device, and that serve little else, so that blocking them never blanks a
 * page's own content:
 *
 * - analytics: Google Analytics and Google Tag Manager (gtag.js is served from
 *   googletagmanager.com; tags GTM adds later are caught by their own hosts;
 *   gtag.js for a Google Ads `AW-` or Floodlight `DC-` ID counts as marketing),
 *   Hotjar, Microsoft Clarity, Matomo Cloud (a self-hosted Matomo has the
 *   site's own host, which only the site can list), Mouseflow, FullStory,
 *   Segment, Mixpanel, Amplitude, Heap, Yandex Metrica.
 * - marketing: Meta Pixel, Google Ads, DoubleClick, AdSense, Google Publisher
 *   Tags, X (Twitter) Pixel, LinkedIn Insight Tag, TikTok Pixel, Microsoft
 *   Advertising UET, Snap Pixel, Pinterest Tag, Criteo.
 *
 * Left out on purpose:
 * - Cookieless analytics (Plausible, Fathom, Simple Analytics, Umami,
 *   Cloudflare Web Analytics): sites pick them to need no consent, and
 *   blocking them would surprise their owners. A site that disagrees lists
 *   them itself.
 * - embeds (marketing, see `EMBED_HOSTS`): video, map, social and audio players.
 * - Shared hosts whose blocking would break unrelated content (gstatic.com,
 *   googleapis.com, licdn.com as a whole, pinimg.com as a whole).
 */
/**
 * Players sites embed without thinking of consent: YouTube (also its
 * "no cookie" host, which still stores an identifier once the video plays),
 * Vimeo, Google Maps (the `/maps` part of google.com only: reCAPTCHA and the
 * rest of google.com are left alone), X, Instagram, Facebook, TikTok, Spotify
 * and SoundCloud. Marketing, because each sets or reads identifiers that its
 * owner uses to profile visitors across sites, for advertising. Their iframes
 * wait behind the "Load content" placeholder, like those the site marked; a
 * site that judges one differently moves it with `autoBlock` (e.g.
 * `{ "functional": ["player.vimeo.com"] }`).
 */
const EMBED_HOSTS = [
  'youtube.com',
  'youtube-nocookie.com',
  'player.vimeo.com',
  'google.com/maps',
  'maps.google.com',
  'platform.twitter.com',
  'instagram.com',
  'facebook.com',
  'tiktok.com',
  'open.spotify.com',
  'w.soundcloud.com',
];

export const DEFAULT_AUTO_BLOCK: AutoBlockHosts = Object.freeze({
  analytics: Object.freeze([
    'googletagmanager.com',
    'google-analytics.com',
    'analytics.google.com',
    'hotjar.com',
    'clarity.ms',
    'matomo.cloud',
    'mouseflow.com',
    'fullstory.com',
    'cdn.segment.com',
    'cdn.mxpnl.com',
    'cdn.amplitude.com',
    'cdn.heapanalytics.com',
    'mc.yandex.ru',
  ]),
  marketing: Object.freeze([
    'connect.facebook.net',
    'doubleclick.net',
    'googleadservices.com',
    'googlesyndication.com',
    'googletagservices.com',
    'ads-twitter.com',
    'snap.licdn.com',
    'analytics.tiktok.com',
    'bat.bing.com',
    'sc-static.net',
    's.pinimg.com',
    'static.criteo.net',
    ...EMBED_HOSTS,
  ]),
});

/** A DNS name (punycode, as the URL parser gives it) or a bracketed IPv6 address. */
const HOST = /^(?:[a-z0-9_-]+\.)*[a-z0-9_-]+$|^\[[0-9a-f:.]+\]$/;
/** A lower-case DNS name whose last label starts with a letter: the URL parser would give it back unchanged. */
const PLAIN_HOST = /^(?:[a-z0-9_-]+\.)*[a-z_-][a-z0-9_-]*$/;

/**
 * A host name as the URL parser would give it: lower case, punycode, no
 * trailing dot. Accepts what site owners tend to write ("GoogleTagManager.com",
 * "https://www.googletagmanager.com/", "*.hotjar.com", ".clarity.ms") and
 * gives null for what is no host at all.
 */
export function normalizeHost(entry: string): string | null {
  const text = entry
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^\*?\./, '');
  if (text === '' || /^[/?#:]/.test(text)) return null;
  // Already as the URL parser gives it (every built-in entry, most configured ones): the blocker normalizes its
  // lists on every page before the parser goes on, so parsing each host again would cost the page a few ms.
  // Not for punycode, which the parser checks, nor a last label starting with a digit, which may be IPv4.
  if (PLAIN_HOST.test(text) && !text.includes('xn--')) return text;
  try {
    const host = stripTrailingDot(new URL(`http://${text}`).hostname);
    // Some URL parsers escape what no host may hold ("two words" → "two%20words"): that is no host.
    return HOST.test(host) ? host : null;
  } catch {
    return null;
  }
}

function stripTrailingDot(host: string): string {
  // "www.googletagmanager.com." names the same host; without this it would slip past.
  return host.endsWith('.') ? host.slice(0, -1) : host;
}

/**
 * Combines the built-in list with the config's `autoBlock`. The safest rule
 * that still lets a site owner say what they mean:
 *
 * - A category the config lists **extends** the defaults: adding your own
 *   Matomo host never silently unblocks Google Analytics. (Replacing instead
 *   would turn a well-meant addition into a leak nobody notices.)
 * - A host the config lists under one category leaves every other category:
 *   the config decides where a host belongs.
 * - An empty list (`"analytics": []`) switches automatic blocking off for
 *   that category, for a site that knowingly runs those tags another way
 *   (its own marking, or Consent Mode's advanced mode).
 * - A category the config leaves out keeps the defaults; an absent or empty
 *   `autoBlock` means the defaults apply. Hosts of a category that the site
 *   does not configure stay blocked, because nobody can grant that category:
 *   failing closed is the point.
 *
 * Configured hosts are normalized (`normalizeHost`); entries that are no host are dropped. The defaults
 * must be in that form already (DEFAULT_AUTO_BLOCK is; a test checks): this runs on every page before the
 * parser goes on.
 */
export function mergeAutoBlock(defaults: AutoBlockHosts, configured: AutoBlockHosts): Record<string, string[]> {
  const own: [string, string[]][] = Object.entries(configured).map(([category, hosts]) => [category, normalizeHosts(hosts)]);
  const claimed = new Set(own.flatMap(([, hosts]) => hosts));
  const merged: Record<string, string[]> = {};
  for (const [category, hosts] of Object.entries(defaults)) {
    merged[category] = hosts.filter((host) => !claimed.has(host));
  }
  for (const [category, hosts] of own) {
    merged[category] = hosts.length === 0 ? [] : unique([...(merged[category] ?? []), ...hosts]);
  }
  return merged;
}

function normalizeHosts(hosts: readonly string[]): string[] {
  return unique(hosts.map((host) => (typeof host === 'string' ? normalizeEntry(host) : null)).filter((host): host is string => host !== null));
}

/**
 * A list entry as matched: its host (`normalizeHost`), followed by a path when
 * the entry names one part of a host without a scheme ("google.com/maps/");
 * a pasted URL ("https://host/script.js") stands for its whole host.
 */
function normalizeEntry(entry: string): string | null {
  const host = normalizeHost(entry);
  const path = /^\s*[^:/\s]+(?::\d+)?(\/[^?#\s]*)/.exec(entry)?.[1]!.replace(/\/+$/, '');
  return host && path ? host + path : host;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/**
 * Prepares `autoBlock` for matching many URLs. The most specific host wins
 * (`analytics.google.com` over a `google.com` listed elsewhere); a host listed
 * under several categories needs all of them, space-separated as in
 * `data-category`. The lists are read once: build a new matcher when they change.
 */
export function compileAutoBlock(autoBlock: AutoBlockHosts): HostMatcher {
  const rules = new Map<string, string[]>();
  /** Host → the paths listed for it ("google.com" → ["/maps"]). */
  const paths = new Map<string, string[]>();
  for (const [category, hosts] of Object.entries(autoBlock)) {
    for (const entry of normalizeHosts(hosts)) {
      const categories = rules.get(entry) ?? [];
      if (!categories.includes(category)) categories.push(category);
      rules.set(entry, categories);
      const slash = entry.indexOf('/');
      if (slash > 0) paths.set(entry.slice(0, slash), [...(paths.get(entry.slice(0, slash)) ?? []), entry.slice(slash)]);
    }
  }
  const marketingBlocked = [...rules.values()].some((categories) => categories.includes('marketing'));
  return (url, baseUrl) => {
    if (rules.size === 0) return null;
    const parsed = httpUrl(url, baseUrl);
    if (parsed === null) return null;
    const path = parsed.pathname;
    // Walk from the full host up through its parents: the first listed one is the most specific,
    // and on one host a listed path before the host as a whole.
    for (let candidate = stripTrailingDot(parsed.hostname); candidate; ) {
      const listedPath = paths.get(candidate)?.find((prefix) => path === prefix || path.startsWith(`${prefix}/`));
      const categories = rules.get(listedPath ? candidate + listedPath : candidate);
      if (categories) return marketingBlocked && isGoogleAdsTag(parsed, categories) ? 'marketing' : categories.join(' ');
      const dot = candidate.indexOf('.');
      if (dot < 0) return null;
      candidate = candidate.slice(dot + 1);
    }
    return null;
  };
}

/**
 * gtag.js is one file for every Google product, told apart by its `id`:
 * `G-…` measures (analytics), while `AW-…` (Google Ads) and `DC-…` (Campaign
 * Manager, Floodlight) serve advertising, which needs marketing consent. The
 * host alone would file them all under googletagmanager.com's category.
 */
function isGoogleAdsTag(url: URL, hostCategories: readonly string[]): boolean {
  return (
    hostCategories.includes('analytics') &&
    /(^|\.)googletagmanager\.com\.?$/.test(url.hostname) &&
    url.pathname === '/gtag/js' &&
    /^(AW|DC)-/i.test(url.searchParams.get('id') ?? '')
  );
}

/** An http(s) URL (relative ones resolved against `baseUrl`), or null. */
function httpUrl(url: string, baseUrl: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url, baseUrl);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
}

/**
 * The categories a tag at `url` needs according to `autoBlock`: its host is a
 * listed host or a subdomain of one (`www.googletagmanager.com` matches
 * `googletagmanager.com`; `notgoogletagmanager.com` does not). Relative URLs
 * resolve against `baseUrl`; only http(s) URLs count (a `data:` or `blob:`
 * script contacts no host); malformed URLs give null. Several categories come
 * space-separated, as `data-category` takes them.
 */
export function hostCategory(url: string, baseUrl: string, autoBlock: AutoBlockHosts): string | null {
  return compileAutoBlock(autoBlock)(url, baseUrl);
}
