/**
 * Google Consent Mode calls through `gtag()`, and the dataLayer event that
 * tells Google Tag Manager a decision was made. The signals themselves come
 * from `src/core/consent-mode.ts`.
 *
 * The page owns `dataLayer` and `gtag`: we create them when missing and never
 * replace them, and a page that broke them must not break the widget, so every
 * call reports failure with `false` instead of throwing.
 */
import {
  CONSENT_MODE_KEYS,
  defaultCommand,
  type ConsentModeOptions,
  type ConsentModeSignals,
} from '../core/consent-mode.js';

/** Google's `gtag()`: queues a command on `dataLayer` for gtag.js or Tag Manager to run. */
export type Gtag = (...args: unknown[]) => void;

/** The name of the dataLayer event pushed after every consent update. */
export const CONSENT_EVENT = 'cookie_consent_update';

/** What `cookie_consent` holds in the dataLayer event; see `pushConsentEvent`. */
export interface ConsentEventData {
  /** The granted categories (required ones included), sorted. */
  categories: string[];
  /** `true` for each granted category, so a GTM variable can read `cookie_consent.granted.analytics`. */
  granted: Record<string, true>;
  /** The Consent Mode signals just sent, when Consent Mode is on. */
  consent_mode?: ConsentModeSignals;
}

/** The two globals of Google's snippet, typed as unknown because the page, not we, decides what they hold. */
interface GoogleTagGlobals {
  dataLayer?: unknown;
  gtag?: unknown;
}

interface Pushable {
  push(...items: unknown[]): unknown;
}

function globalsOf(win: Window): GoogleTagGlobals {
  return win as unknown as GoogleTagGlobals;
}

/** Creates `dataLayer` the way Google's snippet does (`dataLayer || []`), so a page's own array is kept. */
function ensureDataLayer(globals: GoogleTagGlobals): void {
  if (!globals.dataLayer) globals.dataLayer = [];
}

/**
 * Returns the page's `gtag` when it has one, else installs Google's stub:
 * a function that pushes its `arguments` onto `win.dataLayer`. Creates
 * `win.dataLayer` when missing; an existing one is kept, entries and all.
 * Never throws.
 */
export function ensureGtag(win: Window): Gtag {
  const globals = globalsOf(win);
  try {
    ensureDataLayer(globals);
    if (typeof globals.gtag === 'function') return globals.gtag as Gtag;
  } catch {
    // A page can make these globals throwing getters or read-only; we still return a working function.
  }
  const gtag = function gtag() {
    // Deliberately `arguments`, not a rest array: gtag.js recognises a command only
    // as an Arguments object; a plain array means something else to it and the command is lost.
    // Looked up at call time, as Google's snippet does, in case the page replaced dataLayer.
    // eslint-disable-next-line prefer-rest-params
    (globals.dataLayer as Pushable).push(arguments);
  } as Gtag;
  try {
    globals.gtag = gtag;
  } catch {
    // Read-only `gtag`: the page keeps what it has, our calls still go through the returned function.
  }
  return gtag;
}

/** Runs gtag calls, turning a page's broken dataLayer or throwing gtag into `false`. */
function withGtag(win: Window, calls: (gtag: Gtag) => void): boolean {
  try {
    calls(ensureGtag(win));
    return true;
  } catch {
    return false;
  }
}

/** A fresh object with exactly the seven keys: dataLayer entries are read later, when gtag.js loads, so they must not share objects we might change. */
function copySignals(signals: ConsentModeSignals): ConsentModeSignals {
  const copy = {} as ConsentModeSignals;
  // Anything but an explicit "granted" is sent as "denied": fail closed.
  for (const key of CONSENT_MODE_KEYS) copy[key] = signals[key] === 'granted' ? 'granted' : 'denied';
  return copy;
}

/**
 * `gtag('consent', 'default', …)` with everything but security_storage denied,
 * then the opt-in `ads_data_redaction` and `url_passthrough` settings when set.
 * Synchronous on purpose: it must be queued before any Google tag's command,
 * so call it while the embed script runs, before anything awaits.
 * Returns false when the page's dataLayer or gtag refused the call.
 */
export function sendConsentDefault(
  win: Window,
  options: Pick<ConsentModeOptions, 'waitForUpdate' | 'region' | 'adsDataRedaction' | 'urlPassthrough'>,
): boolean {
  return withGtag(win, (gtag) => {
    gtag('consent', 'default', defaultCommand(options));
    if (options.adsDataRedaction) gtag('set', 'ads_data_redaction', true);
    if (options.urlPassthrough) gtag('set', 'url_passthrough', true);
  });
}

/**
 * `gtag('consent', 'update', …)` with all seven keys, so no earlier grant
 * survives a narrower decision. Returns false when the page refused the call.
 */
export function sendConsentUpdate(win: Window, signals: ConsentModeSignals): boolean {
  return withGtag(win, (gtag) => gtag('consent', 'update', copySignals(signals)));
}

/**
 * Pushes a Tag Manager event after a decision is applied:
 *
 * ```js
 * dataLayer.push({ cookie_consent: null });   // reset, see below
 * dataLayer.push({
 *   event: 'cookie_consent_update',
 *   cookie_consent: {
 *     categories: ['analytics', 'necessary'],           // granted, sorted
 *     granted: { analytics: true, necessary: true },    // the same, for GTM variables
 *     consent_mode: { ad_storage: 'denied', …, security_storage: 'granted' }, // when signals are given
 *   },
 * });
 * ```
 *
 * In GTM: a Custom Event trigger on `cookie_consent_update`, filtered by a
 * Data Layer Variable `cookie_consent.granted.analytics` equals `true`.
 *
 * Tag Manager merges each push into its data model, arrays index by index and
 * objects key by key, so a withdrawal would otherwise keep the grants of an
 * earlier decision; the `null` push clears `cookie_consent` first.
 * Push it after `sendConsentUpdate`, so tags the event fires see the new state.
 * Returns false when the page's dataLayer refused the push.
 */
export function pushConsentEvent(win: Window, grantedCategories: string[], signals?: ConsentModeSignals | null): boolean {
  const categories = [...new Set(grantedCategories)].sort();
  const data: ConsentEventData = {
    categories,
    granted: Object.fromEntries(categories.map((category) => [category, true as const])),
  };
  if (signals) data.consent_mode = copySignals(signals);
  try {
    const globals = globalsOf(win);
    ensureDataLayer(globals);
    const layer = globals.dataLayer as Pushable;
    layer.push({ cookie_consent: null });
    layer.push({ event: CONSENT_EVENT, cookie_consent: data });
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether a Google tag got ahead of the consent default: Tag Manager already
 * loaded, or the dataLayer already holds a `js`, `config` or `event` command.
 * The embed can then tell the site owner to put our script first in `<head>`.
 */
export function googleTagRanFirst(win: Window): boolean {
  try {
    const globals = win as unknown as GoogleTagGlobals & { google_tag_manager?: unknown };
    if (globals.google_tag_manager !== undefined) return true;
    const layer = globals.dataLayer;
    if (!Array.isArray(layer)) return false;
    return layer.some((entry: unknown) => {
      if (Object.prototype.toString.call(entry) === '[object Arguments]') {
        const command = (entry as IArguments)[0];
        return command === 'js' || command === 'config' || command === 'event';
      }
      return typeof entry === 'object' && entry !== null && (entry as { event?: unknown }).event === 'gtm.js';
    });
  } catch {
    return false;
  }
}
