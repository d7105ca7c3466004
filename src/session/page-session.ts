/**
 * The page session: the one object that owns this page's consent state.
 * `ready`, `get`, `allowed`, the gate, tab sync, the openers, the signals,
 * the events, and applying a decision are here, once. Every page runs it (it
 * is in `cookie-consent.js`, kept small: every visitor pays for it on every
 * page).
 *
 * A returning visitor's decision is read synchronously from the mirror cookie
 * first thing and put into effect at once (core/consent-mirror.ts); IndexedDB,
 * the source of truth, answers a moment later and wins when it disagrees.
 * Code fetched later (src/entries/controller.ts: validation with messages, the
 * decision rules, the UI; src/entries/engine.ts: recording) returns results
 * that are applied here, through the same path as the mirror's.
 */
import type { ConsentConfig } from '../core/config.js';
import { cachedConfigFor, configCacheKey, configSource, type CachedConfig } from '../core/config-cache.js';
import { classifyDecision, parseStoredState, type ConsentState, type DecisionRequest, type DecisionStatus } from '../core/consent.js';
import { DEFAULT_WAIT_FOR_UPDATE } from '../core/consent-mode.js';
import { earlyDefaultOptions, microsoftConsentModeEnabled, rawLanguageHints } from '../core/raw-config.js';
import {
  mirrorBeforeWrite,
  formatMirror,
  mirrorHolds,
  mirrorOf,
  mirroredDecision,
  storedDecision,
  type ConsentMirror,
  type DecisionInForce,
} from '../core/consent-mirror.js';
import { BUILT_IN_LANGUAGES, builtInStringsFor, pickLanguage } from '../core/language.js';
import { loadOnce } from '../core/load-once.js';
import type { LogEntry, VerificationResult } from '../core/log.js';
import { describeError, isRecord } from '../core/problems.js';
import { checkDecision, readDecision, readStartup } from '../browser/consent-store.js';
import { readMirror, writeMirror } from '../browser/consent-mirror-cookie.js';
import { ContentGate } from '../browser/content-gate.js';
import { hasRefusedData } from '../browser/cookie-cleaner.js';
import { announceDecision, releaseContent } from '../browser/decision-effects.js';
import { googleTagRanFirst, sendConsentDefault } from '../browser/gtag.js';
import { sendUetDefault } from '../browser/uet.js';
import { openerOf } from '../browser/openers.js';
import { addSettingsButton, languageCandidates, nextTask, whenIdle } from '../browser/page-tasks.js';
import type { ReceiptOutbox } from '../browser/receipt-outbox.js';
import { TabSync } from '../browser/tab-sync.js';
import type { ControllerModule } from '../entries/controller.js';
import type { EngineModule } from '../entries/engine.js';
import type { AutoBlockHosts } from '../core/tracker-hosts.js';
import type { ConsentUi, UiLoader } from '../ui/ui-bridge.js';
import type { ConsentUiHolder } from './consent-ui-holder.js';
import { WIDGET_VERSION } from '../version.js';

export interface SessionEnvironment {
  doc: Document;
  loadController: () => Promise<ControllerModule>;
  loadUi: UiLoader;
  loadEngine: () => Promise<EngineModule>;
  /** The cleanup of refused purposes' cookies and storage, fetched only when there is something to delete. */
  loadCleaner: () => Promise<typeof import('../browser/cookie-cleaner.js')>;
  /** Labels the page's `<cookie-consent-link>` elements. */
  labelLinks: (language: string, label: string) => void;
  /** Fetches the banner's chunks and the strings of `language` without running them (the one-tag embed). */
  prefetch?: (language: string) => void;
  /** The automatic blocker's hosts, from the raw config at once and the validated one later; null in the lite build. */
  blocker: { fromRaw(raw: unknown): void; fromConfig(hosts: AutoBlockHosts): void } | null;
}

/** The retention purge reads the whole log: about once a day is plenty. */
const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;
const NOTHING_DECIDED: DecisionInForce = {
  decided: false,
  granted: new Set(),
  serviceAllowed: () => false,
  signals: null,
  microsoft: null,
  embedAllowed: () => false,
};

export class PageSession {
  readonly ready: Promise<ConsentState | null>;
  #resolveReady!: (state: ConsentState | null) => void;
  #started = false;
  /** `configSource()` of the raw config, and its fingerprint (the mirror's `cfg`, the config cache's key). */
  #source = '';
  #fingerprint = '';
  #config: ConsentConfig | null = null;
  #status: DecisionStatus = { kind: 'none' };
  #inForce: DecisionInForce = NOTHING_DECIDED;
  /** The mirror whose decision this page put into effect before IndexedDB answered. */
  #mirrored: ConsentMirror | null = null;
  #consentId: string | null = null;
  #language = 'en';
  #gpc = false;
  #tagRanFirst = false;
  /** The config was promised (a `data-config` URL): it arrives after the page's next tags. */
  #late = false;
  /** Consent Mode's default went out before the promised config arrived. */
  #defaultSent = false;
  /** UET's denied default went out (before the promised config, or as the config was read). */
  #uetDefaultSent = false;
  /** …and it went out before a promised config arrived (`data-microsoft-consent-mode`). */
  #uetBeforeConfig = false;
  #writes: Promise<unknown> = Promise.resolve();
  #storageWarned = false;
  #ui: ConsentUiHolder | null = null;
  #outbox: ReceiptOutbox | null = null;
  readonly #controller: () => Promise<ControllerModule>;
  /** The controller chunk once it has arrived, for what may only be said when it is here (the gate's hints). */
  #controllerLoaded: ControllerModule | null = null;
  readonly #engine: () => Promise<EngineModule>;
  readonly #gate: ContentGate;
  readonly #tabs: TabSync;

  constructor(private readonly env: SessionEnvironment) {
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
    this.#controller = loadOnce(() =>
      env.loadController().then((module) => (this.#controllerLoaded = module), (error: unknown) => {
        console.error(`cookie-consent: could not load the consent controller (${describeError(error)}); nothing optional will run`);
        throw error;
      }),
    );
    this.#engine = loadOnce(env.loadEngine);
    this.#gate = new ContentGate(env.doc, {
      isKnownCategory: (category) => this.knowsCategory(category),
      categoryHint: (category) => this.#controllerLoaded?.suggestion(category, Object.keys(this.#config?.categories ?? {})) ?? '',
      onBlockedEmbeds: (embeds) => void this.#showPlaceholders(embeds),
    });
    env.doc.addEventListener('click', (event) => {
      const opener = openerOf(event);
      if (!opener) return;
      event.preventDefault();
      void this.showPreferences(opener);
    });
    this.#tabs = new TabSync(() => void this.#followOtherTab());
  }

  /**
   * Starts with a config (object, or a promise of one). Only the first call counts. A promised config arrives
   * after the page's next tags, so Consent Mode's default can only precede them when the page asks for it
   * up front (`consentModeDefault`, the script tag's `data-google-consent-mode`); likewise UET's
   * (`microsoftDefault`, `data-microsoft-consent-mode`).
   */
  start(input: unknown, { consentModeDefault = false, microsoftDefault = false } = {}): void {
    if (this.#started) {
      console.warn('cookie-consent: already started with a config; this one is ignored');
      return;
    }
    this.#started = true;
    const win = this.env.doc.defaultView;
    if (input instanceof Promise) {
      this.#late = true;
      if (consentModeDefault && win) {
        this.#tagRanFirst = googleTagRanFirst(win);
        this.#defaultSent = sendConsentDefault(win, { waitForUpdate: DEFAULT_WAIT_FOR_UPDATE, region: [], adsDataRedaction: false, urlPassthrough: false });
      }
      if (microsoftDefault && win) {
        this.#sendUetDefault(win);
        this.#uetBeforeConfig = true;
      }
    }
    // An object is read at once (#begin runs synchronously up to its first await): the fast path must run
    // before the parser reaches the next tag.
    const begun = input instanceof Promise ? input.then((raw) => this.#begin(raw)) : this.#begin(input);
    begun.catch((error: unknown) => this.#failClosed(`could not start: ${describeError(error)}`));
  }

  /** UET's denied default, once per page. */
  #sendUetDefault(win: Window): void {
    if (this.#uetDefaultSent) return;
    this.#uetDefaultSent = true;
    sendUetDefault(win);
  }

  /** Fails closed without a config: no UI, nothing optional, `ready` settles to null. */
  fail(reason: string): void {
    if (this.#started) return;
    this.#started = true;
    this.#failClosed(reason);
  }

  get(): ConsentState | null {
    const status = this.#status;
    return status.kind === 'valid' || status.kind === 'incomplete' ? structuredClone(status.state) : null;
  }

  allowed(category: string): boolean {
    return this.#inForce.granted.has(category);
  }

  /** Whether the config has this category; the gate keeps tags naming any other blocked. */
  knowsCategory(category: string): boolean {
    if (this.#config) return Object.hasOwn(this.#config.categories, category);
    return this.#mirrored !== null && [...this.#mirrored.granted, ...this.#mirrored.refused].includes(category);
  }

  acceptAll(source: DecisionRequest['source'] = 'api'): Promise<ConsentState> {
    return this.record({ action: 'accept-all', source });
  }

  rejectAll(source: DecisionRequest['source'] = 'api'): Promise<ConsentState> {
    return this.record({ action: 'reject-all', source });
  }

  save(choice: Record<string, boolean | undefined>, source: DecisionRequest['source'] = 'api'): Promise<ConsentState> {
    return this.record({ action: 'save', source, categories: { ...choice } });
  }

  /** Turns every optional purpose off and, when something granted is revoked, reloads so running scripts stop. */
  withdraw(source: DecisionRequest['source'] = 'api'): Promise<ConsentState> {
    return this.record({ action: 'withdraw', source });
  }

  /**
   * Records a decision and applies it. Decisions are written one at a time, in call order, once IndexedDB has
   * answered (a banner shown before that waits for it: the decision builds on the stored one).
   */
  record(request: DecisionRequest): Promise<ConsentState> {
    const previous = this.#writes;
    const write = this.ready.then(() => this.#configured()).then(() => previous).then(() => this.#record(request));
    this.#writes = write.catch(() => undefined);
    return write;
  }

  async showBanner(): Promise<void> {
    (await this.#mountUi())?.showBanner();
  }

  async showPreferences(opener: Element | null = null): Promise<void> {
    await (await this.#mountUi())?.showPreferences(opener);
  }

  async log(): Promise<LogEntry[]> {
    return (await this.#engine()).logEntries();
  }

  async verifyLog(): Promise<VerificationResult> {
    return (await this.#engine()).verifyStoredLog();
  }

  async exportLog(format: 'json' | 'csv' = 'json'): Promise<string> {
    if (format !== 'json' && format !== 'csv') throw new Error(`exportLog: expected "json" or "csv", got ${JSON.stringify(format)}`);
    await this.#configured().catch(() => undefined);
    return (await this.#engine()).exportStoredLog(format, this.env.doc.location.origin, Object.keys(this.#config?.categories ?? {}));
  }

  /**
   * What must happen while this script runs, before the parser reaches the next tag: the blocker learns the
   * site's hosts, Consent Mode's denied default goes out, and a mirrored decision for this very config is put
   * into effect.
   */
  #beginSync(raw: unknown): void {
    const { doc, blocker } = this.env;
    const win = doc.defaultView;
    blocker?.fromRaw(raw);
    const consentDefault = earlyDefaultOptions(raw);
    if (consentDefault && win && !this.#defaultSent) {
      this.#tagRanFirst = googleTagRanFirst(win);
      sendConsentDefault(win, consentDefault);
    }
    if (win && microsoftConsentModeEnabled(raw)) this.#sendUetDefault(win);
    this.#gpc = (win?.navigator as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true;
    this.#source = configSource(WIDGET_VERSION, raw);
    this.#fingerprint = configCacheKey(this.#source);
    const mirror = readMirror(doc);
    const revision = isRecord(raw) ? raw['revision'] : undefined;
    // A decision made without GPC is not taken on trust on a page that sends it: IndexedDB and the config decide.
    if (mirror && mirrorHolds(mirror, { config: this.#fingerprint, revision, now: new Date() }) && (mirror.gpc || !this.#gpc)) {
      this.#mirrored = mirror;
      this.#put(mirroredDecision(mirror));
    }
  }

  /** Then IndexedDB answers; what it holds is the decision in force, whatever the mirror said. */
  async #begin(raw: unknown): Promise<void> {
    this.#beginSync(raw);
    const { doc } = this.env;
    const win = doc.defaultView;
    const source = this.#source;
    const { record, config: cachedRaw, purgeChecked, readError } = await readStartup(this.#fingerprint).then(
      ([record, config, purgeChecked]) => ({ record, config, purgeChecked, readError: null as unknown }),
      (readError: unknown) => ({ record: undefined, config: undefined, purgeChecked: undefined, readError }),
    );
    if (record === undefined && !readError) this.#firstVisitReady(raw);
    let cached = readError ? null : cachedConfigFor(cachedRaw, source);
    if (!cached) {
      cached = await this.#validate(raw).catch(() => null);
      if (!cached) return this.#failClosed(null);
    }
    if (!this.#adopt(cached)) return;
    const config = this.#config!;
    if (readError) this.#warnStorage(readError);
    const stored = readError ? null : await this.#checkStored(record);
    this.#consentId = stored?.id ?? null;
    await this.#settle(classifyDecision(config, stored, new Date(), this.#gpc), { reloadOnRevoke: true });
    this.#resolveReady(this.get());
    doc.dispatchEvent(new CustomEvent('cookie-consent:ready', { detail: this.get() }));
    if (!this.#decided()) {
      // The banner's first render is the longest piece of our work: a task of its own.
      await nextTask(win);
      const ui = await this.#mountUi();
      // A decision may have arrived (API, another tab) while the UI was loading.
      if (!this.#decided()) ui?.showBanner();
      // Recording's code and the hash of the text shown are made ready while the visitor reads, so that a click
      // fetches nothing and is stored at once (a page left right after the click keeps the decision).
      whenIdle(win, () => this.#ui?.prepareRecording());
    }
    const purgeDue = record !== undefined && !(Date.now() - Date.parse(String(purgeChecked)) < PURGE_INTERVAL_MS);
    this.#scheduleIdleWork(config, purgeDue);
  }

  /**
   * Takes a validated config for this page: the checks that need the script tag, then the page's language, the
   * footer links, the blocker's hosts, the settings button and the gate. False when it fails closed.
   */
  #adopt(cached: CachedConfig): boolean {
    const { doc } = this.env;
    const { config } = cached;
    if (this.#late && config.googleConsentMode.enabled !== this.#defaultSent) {
      if (!this.#defaultSent) {
        this.#failClosed(
          'googleConsentMode with data-config needs data-google-consent-mode on the script tag, so the default precedes the page’s next tags; nothing optional runs',
        );
        return false;
      }
      console.warn('cookie-consent: the script tag has data-google-consent-mode, but the config does not enable googleConsentMode: Google tags stay denied');
    }
    if (this.#late && config.microsoftConsentMode?.enabled && !this.#uetBeforeConfig) {
      this.#failClosed(
        'microsoftConsentMode with data-config needs data-microsoft-consent-mode on the script tag, so UET’s default precedes the page’s next tags; nothing optional runs',
      );
      return false;
    }
    this.#config = config;
    const language = (this.#language = pickLanguage([...BUILT_IN_LANGUAGES, ...Object.keys(config.texts)], languageCandidates(config.language, doc)));
    // The link's label is cached with the config once a page has shown this language; else its strings are fetched once.
    if (cached.labels[language]) this.env.labelLinks(language, cached.labels[language]);
    else void this.#controller().then((module) => module.labelLinks(cached, language, this.env.labelLinks), () => undefined);
    this.env.blocker?.fromConfig(config.autoBlock);
    if (config.settingsButton) addSettingsButton(doc);
    this.#gate.observe();
    return true;
  }

  /** Rare work goes to the engine, and only when there is something to do, when the page is idle. */
  #scheduleIdleWork(config: ConsentConfig, purgeDue: boolean): void {
    const win = this.env.doc.defaultView;
    if (purgeDue) {
      whenIdle(win, () =>
        this.#engine()
          .then((engine) => engine.purgeLog(config.retentionDays, new Date()))
          .catch((error: unknown) => console.warn(`cookie-consent: could not purge old log entries (${describeError(error)})`)),
      );
    }
    if (config.collector && win) {
      // Entries left unsent by an earlier page (offline, collector down) go out now.
      const url = config.collector.url;
      whenIdle(win, () =>
        this.#engine()
          .then((engine) => engine.openReceiptOutbox(url, win))
          .then((outbox) => (this.#outbox = outbox).flush())
          .catch((error: unknown) => console.warn(`cookie-consent: could not start sending receipts (${describeError(error)})`)),
      );
    }
  }

  /** The config validated by the controller chunk: the record cached for the next page, or null once the problems are on the console. */
  async #validate(raw: unknown): Promise<CachedConfig | null> {
    const controller = await this.#controller();
    return controller.checkConfig(raw, { source: this.#source, tagRanFirst: this.#tagRanFirst, autoBlocks: this.env.blocker !== null });
  }

  /**
   * No decision at all: the banner will show. Its code, the strings of the language it will most likely show
   * (guessed from the raw config as it will be read once valid) and what they import are fetched together
   * now, in one round trip; the banner shows as soon as they are here and the page has a body, without
   * waiting for the rest of the page to be parsed. (Fetching them before IndexedDB has answered, and showing
   * the banner without a decision cookie before it answers, was tried: no earlier banner in `npm run bench`,
   * a later DOMContentLoaded, and 0.3 KB more in this file.)
   */
  #firstVisitReady(raw: unknown): void {
    const { doc, prefetch } = this.env;
    const { language, own } = rawLanguageHints(raw);
    prefetch?.(builtInStringsFor(pickLanguage([...BUILT_IN_LANGUAGES, ...own], languageCandidates(language, doc))));
    void this.env.loadUi().catch(() => undefined);
  }

  /** The stored decision; a corrupt record is moved aside and counts as none, never as consent. */
  async #checkStored(record: unknown): Promise<ConsentState | null> {
    if (record === undefined || parseStoredState(record)) return parseStoredState(record);
    try {
      await checkDecision(record);
      console.warn('cookie-consent: the stored decision was not valid, so it counts as none; it was kept aside under ["quarantine", time]');
    } catch (error) {
      this.#warnStorage(error);
    }
    return null;
  }

  /** Resolves once the config is validated (decisions and the UI need it); rejects when there is none. */
  #configured(): Promise<ConsentConfig> {
    return Promise.race([
      this.ready.then(() => this.#config ?? Promise.reject(new Error('cookie-consent: no valid config, so no decision can be recorded'))),
      new Promise<ConsentConfig>((resolve) => this.#config && resolve(this.#config)),
    ]);
  }

  async #record(request: DecisionRequest): Promise<ConsentState> {
    const config = this.#config!;
    const module = await this.#controller();
    this.#consentId ??= module.newConsentId();
    const state = module.decide(config, request, { id: this.#consentId, now: new Date(), gpc: this.#gpc, previous: this.get() });
    const status = classifyDecision(config, state, new Date(), this.#gpc);
    const mirror = mirrorOf(config, status, this.#fingerprint);
    // Before IndexedDB is written: the mirror may only keep what both the old and the new decision grant.
    const old = readMirror(this.env.doc);
    if (old) writeMirror(this.env.doc, mirror && mirrorBeforeWrite(old, mirror));
    // The page follows the visitor at once; recording (which may need its code fetched) comes after.
    const applied = this.#settle(status, { reloadOnRevoke: false });
    this.#ui?.hide();
    // "Load content" decides one embed only: the purposes still undecided are asked about again.
    if (status.kind !== 'valid') void this.showBanner();
    try {
      const { signals, microsoft } = storedDecision(config, status);
      await (await this.#holder()).store(state, {
        ...(signals ? { consentMode: signals } : {}),
        ...(microsoft ? { microsoftConsentMode: microsoft } : {}),
      });
      // Only now that IndexedDB holds it may the mirror grant it.
      writeMirror(this.env.doc, mirror);
      this.#tabs.announceDecision();
      void this.#outbox?.flush();
    } catch (error) {
      // The visitor's choice still holds for this page; without storage (or the engine) there is no memory of it.
      this.#warnStorage(error);
    }
    this.env.doc.dispatchEvent(new CustomEvent('cookie-consent:change', { detail: structuredClone(state) }));
    if ((await applied) && config.reloadOnWithdraw) this.env.doc.location.reload();
    return structuredClone(state);
  }

  /** Another tab stored a decision: take the stored one, which is the same for every tab. */
  async #followOtherTab(): Promise<void> {
    await this.ready;
    const config = this.#config;
    if (!config) return;
    await this.#writes;
    const stored = await readDecision().then(
      ({ state }) => state,
      (error: unknown) => void this.#warnStorage(error),
    );
    if (!stored || JSON.stringify(stored) === JSON.stringify(this.get())) return;
    this.#consentId = stored.id;
    this.#ui?.hide();
    await this.#settle(classifyDecision(config, stored, new Date(), this.#gpc), { reloadOnRevoke: true });
    this.env.doc.dispatchEvent(new CustomEvent('cookie-consent:change', { detail: stored }));
  }

  /**
   * Puts a decision known to IndexedDB (or just made) into effect: the mirror is made to agree with it when it
   * is stored, the page's effects follow unless the mirror already produced exactly these, refused purposes'
   * leftovers are deleted before the gate opens further. Resolves to whether something that had been running
   * is revoked (and reloads then, when asked to and `reloadOnWithdraw` is on).
   */
  async #settle(status: DecisionStatus, { reloadOnRevoke }: { reloadOnRevoke: boolean }): Promise<boolean> {
    const config = this.#config!;
    const doc = this.env.doc;
    this.#status = status;
    const before = this.#inForce.granted;
    const decision = storedDecision(config, status);
    if (reloadOnRevoke) {
      // Written again on every page, same or not: Safari keeps a cookie written by a script 7 days at most, and a
      // regular visitor would lose the fast path once a week.
      const mirror = mirrorOf(config, status, this.#fingerprint);
      if (mirror || readMirror(doc)) writeMirror(doc, mirror);
    }
    // Embeds granted alone are not in the mirror: a decision with any is put into effect again.
    const same = this.#mirrored && status.kind === 'valid' && !status.state.embeds?.length && formatMirror(this.#mirrored) === formatMirror(mirrorOf(config, status, this.#fingerprint)!);
    this.#mirrored = null;
    const decided = status.kind === 'valid' || status.kind === 'incomplete';
    const refused = decided ? status.state : { categories: Object.fromEntries(Object.entries(config.categories).map(([key, c]) => [key, c.required])) };
    const revoked = [...before].some((key) => !config.categories[key]?.required && !decision.granted.has(key));
    if (!same) this.#inForce = decision;
    if (hasRefusedData(doc, config, refused)) {
      await this.env.loadCleaner().then(
        (cleaner) => void cleaner.deleteRefusedData(doc, config, refused),
        (error: unknown) => console.warn(`cookie-consent: could not load the cleanup of refused purposes' data (${describeError(error)})`),
      );
    }
    // The decision in force by then (another may have come meanwhile).
    if (!same) this.#put(this.#inForce);
    if (revoked && reloadOnRevoke && config.reloadOnWithdraw) doc.location.reload();
    return revoked;
  }

  /** The one path by which a decision reaches the page: signals and Tag Manager event, then the gate. */
  #put(decision: DecisionInForce): void {
    this.#inForce = decision;
    announceDecision(this.env.doc.defaultView, decision);
    this.#gate.observe();
    void releaseContent(this.#gate, decision);
  }

  /** Blocked embeds get a stand-in from the UI (which is loaded for them if it is not yet). */
  async #showPlaceholders(embeds: Element[]): Promise<void> {
    const ui = await this.#mountUi();
    for (const embed of embeds) {
      // It may have been granted and loaded while the UI was on its way.
      if (embed.hasAttribute('data-cookie-consent-activated')) continue;
      if (ui?.placeholder(embed)) this.#gate.hideBehindPlaceholder(embed);
    }
  }

  async #holder(): Promise<ConsentUiHolder> {
    const config = await this.#configured();
    const { ConsentUiHolder } = await this.#controller();
    this.#ui ??= new ConsentUiHolder({
      doc: this.env.doc,
      config,
      language: this.#language,
      gpc: this.#gpc,
      loadUi: this.env.loadUi,
      engine: this.#engine,
      get: () => this.get(),
      record: (request) => this.record(request),
      exportLog: (format) => this.exportLog(format),
    });
    return this.#ui;
  }

  #mountUi(): Promise<ConsentUi | null> {
    return this.#holder().then(
      (holder) => holder.mount(),
      () => null,
    );
  }

  #warnStorage(error: unknown): void {
    if (this.#storageWarned) return;
    this.#storageWarned = true;
    console.warn(
      `cookie-consent: consent storage is not available (${describeError(error)}); ` +
        'choices apply to this page only and the visitor will be asked again on the next one',
    );
  }

  /** Whether a decision holds that needs no question (an incomplete or stale one asks again). */
  #decided(): boolean {
    return this.#status.kind === 'valid';
  }

  /** Nothing optional runs from here on; `message` is null when the reason is already on the console. */
  #failClosed(message: string | null): void {
    if (message) console.error(message.startsWith('cookie-consent:') ? message : `cookie-consent: ${message}`);
    this.#config = null;
    this.#status = { kind: 'none' };
    this.#inForce = NOTHING_DECIDED;
    this.#resolveReady(null);
  }
}
