/**
 * What the one-tag embed runs on every page, kept small (the build holds it to
 * 4 KB gzip) because every visitor pays for it on every page.
 *
 * A returning visitor with a valid decision is handled here alone: the raw
 * config's Consent Mode default goes out synchronously, then one IndexedDB
 * read brings the decision and the config as validated on an earlier page
 * (core/config-cache.ts); the decision is put into effect and nothing else is
 * fetched. Anything more (first visit, a changed config, an expired or
 * incomplete decision, storage trouble, the footer link, any API call that
 * decides, records or exports) hands over to the full controller, fetched
 * then, which takes over from where this left off.
 */
import type { ConsentState, DecisionStatus } from '../core/consent.js';
import { classifyDecision, grantedCategories, parseStoredState } from '../core/consent.js';
import { cachedConfigFor, configCacheKey, configSource, type CachedConfig } from '../core/config-cache.js';
import { earlyDefaultOptions } from '../core/consent-mode.js';
import { BUILT_IN_LANGUAGES, builtInStringsFor, pickLanguage } from '../core/language.js';
import { readStartup } from '../browser/consent-store.js';
import { ContentGate } from '../browser/content-gate.js';
import { hasRefusedData } from '../browser/cookie-cleaner.js';
import { DECISION_EFFECTS, announceDecision, releaseContent } from '../browser/decision-effects.js';
import { googleTagRanFirst, sendConsentDefault } from '../browser/gtag.js';
import { microsoftConsentModeEnabled } from '../core/microsoft-consent-mode.js';
import { sendUetDefault } from '../browser/uet.js';
import { openerOf } from '../browser/openers.js';
import { addSettingsButton, languageCandidates, whenIdle } from '../browser/page-tasks.js';
import { TabSync } from '../browser/tab-sync.js';
import type { ConsentDriver } from '../api.js';
import type { ConsentController, ControllerEnvironment } from '../controller.js';
import type { EngineLoader } from '../engine.js';
import type { UiLoader } from '../ui/ui-bridge.js';
import type { AutoBlockHosts } from '../core/tracker-hosts.js';
import { WIDGET_VERSION } from '../version.js';
import { describeError } from '../core/problems.js';

/** The full controller chunk (`cookie-consent-controller.js`). */
export interface ControllerModule {
  ConsentController: new (env: ControllerEnvironment) => ConsentController;
}

export interface LoaderEnvironment {
  doc: Document;
  loadController: () => Promise<ControllerModule>;
  loadUi: UiLoader;
  loadEngine: EngineLoader;
  labelLinks: (language: string, label: string) => void;
  /**
   * Fetches the controller and UI chunks, and the built-in strings of `language`, without running them yet
   * (the one-tag embed; a bundler's build does without).
   */
  prefetch?: (language: string) => void;
  /** Sees the raw config first thing (the automatic blocker takes the site's hosts from it). */
  onRawConfig?: (raw: unknown) => void;
  /** Gives the automatic blocker the validated config's hosts; null in the lite build, which has no blocker. */
  autoBlock: ((configured: AutoBlockHosts) => void) | null;
}

/** The retention purge reads the whole log: about once a day is plenty. */
const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;


/**
 * The language whose strings the banner will show, read from a config not validated yet the way the controller
 * reads the validated one, so that a first visit fetches them with the banner's code. A wrong guess (an invalid
 * config) costs one unused download, nothing else.
 */
function bannerStringsLanguage(raw: unknown, doc: Document): string {
  // Object() makes any JSON value (null, a string…) something to read properties from.
  const { language, texts } = Object(raw) as { language?: unknown; texts?: unknown };
  const own = Object.keys(Object(texts)).map((tag) => tag.toLowerCase());
  return builtInStringsFor(pickLanguage([...BUILT_IN_LANGUAGES, ...own], languageCandidates(language, doc)));
}

export class LoaderController implements ConsentDriver {
  readonly ready: Promise<ConsentState | null>;
  #resolveReady!: (state: ConsentState | null) => void;
  #started = false;
  #raw: unknown;
  #hasRaw = false;
  /** The decision this loader put into effect, with the cached config it was read against. */
  #fast: { cached: CachedConfig; status: DecisionStatus & { kind: 'valid' }; granted: Set<string> } | null = null;
  #cached = false;
  /** The `current` record as read at start (undefined: none), for the controller; null until read. */
  #stored: { record: unknown } | null = null;
  #purgeDue = false;
  #tagRanFirst = false;
  #controller: Promise<ConsentController> | null = null;
  /** The full controller once it has the config: from then on it answers. */
  #live: ConsentController | null = null;
  readonly #tabs: TabSync;
  readonly #gate: ContentGate;

  constructor(private readonly env: LoaderEnvironment) {
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
    this.#gate = new ContentGate(env.doc, {
      isKnownCategory: (category) => this.#knowsCategory(category),
      categoryHint: (category) => this.#live?.categoryHint(category) ?? '',
      onBlockedEmbeds: (embeds) => this.#later((controller) => controller.showPlaceholders(embeds)),
    });
    env.doc.addEventListener('click', (event) => {
      const opener = openerOf(event);
      if (!opener) return;
      event.preventDefault();
      this.#later((controller) => controller.showPreferences(opener));
    });
    this.#tabs = new TabSync(() => this.#later((controller) => controller.followOtherTab()));
  }

  /** Starts with a config (object, or a promise of one). Only the first call counts. */
  start(input: unknown): void {
    if (this.#started) {
      console.warn('cookie-consent: already started with a config; this one is ignored');
      return;
    }
    this.#started = true;
    Promise.resolve(input)
      .then((raw) => this.#begin(raw))
      .catch((error: unknown) => this.#failClosed(`could not start: ${describeError(error)}`));
  }

  /** Fails closed without a config: no UI, nothing optional, `ready` settles to null. */
  failWithoutConfig(reason: string): void {
    if (this.#started) return;
    this.#started = true;
    this.#failClosed(reason);
  }

  get(): ConsentState | null {
    if (this.#live) return this.#live.get();
    return this.#fast ? structuredClone(this.#fast.status.state) : null;
  }

  allowed(category: string): boolean {
    if (this.#live) return this.#live.allowed(category);
    return this.#fast?.granted.has(category) ?? false;
  }

  /** Runs work on the full controller, fetching it first when needed (the API's deciding, showing and exporting calls). */
  use<T>(work: (controller: ConsentController) => T | Promise<T>): Promise<T> {
    return this.#full().then(work);
  }

  async #begin(raw: unknown): Promise<void> {
    const { doc } = this.env;
    const win = doc.defaultView;
    this.#raw = raw;
    this.#hasRaw = true;
    this.env.onRawConfig?.(raw);
    // Before anything awaits: the parser may reach a Google tag right after this script.
    const consentDefault = earlyDefaultOptions(raw);
    if (consentDefault && win) {
      this.#tagRanFirst = googleTagRanFirst(win);
      sendConsentDefault(win, consentDefault);
    }
    if (win && microsoftConsentModeEnabled(raw)) sendUetDefault(win);
    if (this.#controller) {
      void this.#controller.then((controller) => this.#handOver(controller), () => undefined);
      return;
    }

    const source = configSource(WIDGET_VERSION, raw);
    let record: unknown;
    let cached: CachedConfig | null = null;
    let purgeChecked: unknown;
    try {
      const [current, config, purged] = await readStartup(configCacheKey(source));
      [record, cached, purgeChecked] = [current, cachedConfigFor(config, source), purged];
      this.#stored = { record };
    } catch {
      // Storage trouble: the controller reports it and asks again.
    }
    this.#cached = cached !== null;
    this.#purgeDue = record !== undefined && !(Date.now() - Date.parse(String(purgeChecked)) < PURGE_INTERVAL_MS);
    const state = parseStoredState(record);
    const status = cached && classifyDecision(cached.config, state, new Date());
    // Only a valid decision settles the page here; the controller may have been asked for meanwhile (API, link).
    // Cookies of refused purposes (a tracker wrote again just before a reload) are the controller's to delete,
    // before anything is released, as on any other page.
    if (!cached || status?.kind !== 'valid' || this.#controller || hasRefusedData(doc, cached.config, status.state)) {
      if (record !== undefined) {
        this.#later(() => undefined);
        return;
      }
      // No decision at all: the banner will show. Its code is fetched now, but runs once the page is parsed:
      // run sooner, it would compete with the page's own first render for the main thread.
      const start = (): void => {
        this.env.loadUi().catch(() => undefined);
        this.#later(() => undefined);
      };
      this.env.prefetch?.(bannerStringsLanguage(raw, doc));
      if (doc.readyState !== 'loading') return start();
      doc.addEventListener('DOMContentLoaded', start, { once: true });
      return;
    }
    const config = cached.config;
    const granted = grantedCategories(config, status);
    this.#fast = { cached, status, granted };
    const labels = Object.keys(cached.labels);
    const language = pickLanguage(labels, languageCandidates(config.language, doc));
    this.env.labelLinks(language, cached.labels[language] ?? '');
    if (config.settingsButton) addSettingsButton(doc);
    announceDecision(win, config, status, granted);
    this.#gate.observe();
    void releaseContent(this.#gate, status, granted);
    this.#resolveReady(this.get());
    doc.dispatchEvent(new CustomEvent('cookie-consent:ready', { detail: this.get() }));
    // Rare work goes to the lazy chunks, and only when there is something to do.
    if (config.collector) whenIdle(win, () => this.#later(() => undefined));
    if (this.#purgeDue) {
      whenIdle(win, () => this.env.loadEngine().then((engine) => engine.purgeLog(config.retentionDays, new Date())).catch(() => undefined));
    }
  }

  /** Work for the controller that nobody awaits: a failed fetch was reported once already. */
  #later(work: (controller: ConsentController) => unknown): void {
    this.#full().then(work).catch(() => undefined);
  }

  #knowsCategory(category: string): boolean {
    if (this.#live) return this.#live.knowsCategory(category);
    const config = this.#fast?.cached.config;
    return config ? Object.hasOwn(config.categories, category) : false;
  }

  /** The full controller, fetched and started once; it takes over from what this loader did. */
  #full(): Promise<ConsentController> {
    this.#controller ??= this.env
      .loadController()
      .then(({ ConsentController }) => {
        const { doc, loadUi, loadEngine, labelLinks, autoBlock } = this.env;
        const controller = new ConsentController({
          doc,
          loadUi,
          loadEngine,
          gate: this.#gate,
          labelLinks,
          loader: {
            tagRanFirst: this.#tagRanFirst,
            cached: this.#cached,
            purgeDue: this.#purgeDue,
            applied: () => this.#fast?.status ?? null,
            stored: () => this.#stored,
            tabs: this.#tabs,
            effects: DECISION_EFFECTS,
            hasRefusedData,
            autoBlock,
          },
        });
        void controller.ready.then((state) => this.#resolveReady(state));
        this.#handOver(controller);
        return controller;
      })
      .catch((error: unknown) => {
        this.#controller = null;
        console.error(`cookie-consent: could not load the consent controller (${describeError(error)}); nothing optional will run`);
        if (!this.#fast) this.#resolveReady(null);
        throw error;
      });
    return this.#controller;
  }

  /**
   * Hands the raw config to the controller once both are there, before any
   * work queued on the controller runs (it reads the config synchronously).
   */
  #handOver(controller: ConsentController): void {
    if (!this.#hasRaw || this.#live) return;
    controller.start(this.#raw);
    this.#live = controller;
  }

  #failClosed(message: string): void {
    console.error(message.startsWith('cookie-consent:') ? message : `cookie-consent: ${message}`);
    this.#resolveReady(null);
  }
}
