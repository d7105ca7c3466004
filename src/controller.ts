/**
 * The one place that wires core, browser and UI together:
 * config → stored decision → gate, UI and events.
 * Every entry point catches its own errors: the host page never sees one.
 *
 * It is the lazy `cookie-consent-controller.js`: the loader (src/loader/),
 * which every page runs, handles a returning visitor with a valid decision on
 * its own and hands over to this controller for everything else (first
 * visit, a changed config, the footer link, the API). What the loader owns
 * (the gate, Consent Mode's default, the tab channel, the "open preferences"
 * clicks) and already did comes in `env`, so this chunk carries no second
 * copy of that code and nothing happens twice.
 */
import { formatProblems, parseConfig, type ConsentConfig } from './core/config.js';
import {
  classifyDecision,
  decide,
  grantedCategories,
  type ConsentState,
  type DecisionRequest,
  type DecisionStatus,
} from './core/consent.js';
import { newConsentId } from './core/consent-id.js';
import { configCacheKey, configSource } from './core/config-cache.js';
import type { AutoBlockHosts } from './core/tracker-hosts.js';
import { BUILT_IN_LANGUAGES, pickLanguage, textDirection } from './core/language.js';
import type { LogEntry, VerificationResult } from './core/log.js';
import type { ShownText } from './core/shown-text.js';
import { cacheConfig, checkDecision, readDecision } from './browser/consent-store.js';
import type { ContentGate } from './browser/content-gate.js';
import type { hasRefusedData } from './browser/cookie-cleaner.js';
import type { DecisionEffects } from './browser/decision-effects.js';
import { addSettingsButton, languageCandidates, nextTask, whenIdle } from './browser/page-tasks.js';
import type { ReceiptOutbox } from './browser/receipt-outbox.js';
import type { EngineLoader, EngineModule } from './engine.js';
import type { TabSync } from './browser/tab-sync.js';
import { LINK_LABELS } from './ui/strings/link-labels.js';
import type { ConsentUi, UiBridge, UiLoader } from './ui/ui-bridge.js';
import { ConsentUiHolder } from './consent-ui-holder.js';
import { WIDGET_VERSION } from './version.js';
import { describeError, suggestion } from './core/problems.js';


/** The footer link's label in a language: the site's own `link.settings` text, else ours, else English. */
function linkLabel(config: ConsentConfig, language: string): string {
  return config.texts[language]?.['link.settings'] ?? LINK_LABELS[language] ?? LINK_LABELS['en']!;
}

export interface ControllerEnvironment {
  doc: Document;
  /** The UI chunk: banner, preferences, placeholders, strings. */
  loadUi: UiLoader;
  /** The engine chunk: recording, export, verification, collector outbox. */
  loadEngine: EngineLoader;
  /** The loader's gate, already watching; its callbacks ask this controller once it is live. */
  gate: ContentGate;
  /** Labels the page's `<cookie-consent-link>` elements. */
  labelLinks: (language: string, label: string) => void;
  /** What the loader did before handing over, and the page-side code it lends. */
  loader: LoaderHandover;
}

/** What the loader did before handing over. */
export interface LoaderHandover {
  /** Whether a Google tag had run before the loader sent Consent Mode's default, for the site owner's warning. */
  tagRanFirst: boolean;
  /** The cached validated config matched, so there is nothing to store for next time. */
  cached: boolean;
  /** There is a log and the retention purge has not run for a day: purge when the page is idle. */
  purgeDue: boolean;
  /** The decision the loader put into effect (a valid one), or null when it applied none. */
  applied: () => DecisionStatus | null;
  /** The `current` record the loader read at start (saves reading it again), or null when it read none. */
  stored: () => { record: unknown } | null;
  /** The loader announces decisions to other tabs (and listens for them, and for "open preferences" clicks). */
  tabs: TabSync | null;
  /** Consent Mode update, Tag Manager event and gate release, as the loader does them. */
  effects: DecisionEffects;
  /** The loader's cheap look for refused purposes' cookies and storage; the cleaner itself is fetched only when it finds some. */
  hasRefusedData: typeof hasRefusedData;
  /** Gives the automatic blocker the config's `autoBlock` hosts; missing in the lite build, which has no blocker. */
  autoBlock: ((configured: AutoBlockHosts) => void) | null;
}

type Choice = Record<string, boolean | undefined>;


/** Drives one page's consent: exactly one per page. */
export class ConsentController {
  readonly ready: Promise<ConsentState | null>;
  #resolveReady!: (state: ConsentState | null) => void;
  #started = false;
  #config: ConsentConfig | null = null;
  #status: DecisionStatus = { kind: 'none' };
  #granted = new Set<string>();
  #language = 'en';
  #engineModule: Promise<EngineModule> | null = null;
  #gpc = false;
  #consentId: string | null = null;
  #text: Promise<{ text: ShownText; hash: string }> | null = null;
  #writes: Promise<unknown> = Promise.resolve();
  #storageWarned = false;
  #tabs: TabSync | null = null;
  #outbox: ReceiptOutbox | null = null;
  readonly #gate: ContentGate;
  readonly #uiHolder: ConsentUiHolder;

  constructor(private readonly env: ControllerEnvironment) {
    this.ready = new Promise((resolve) => (this.#resolveReady = resolve));
    this.#gate = env.gate;
    this.#uiHolder = new ConsentUiHolder(env.loadUi, env.doc);
  }

  /** Starts with a config (object, or a promise of one). Only the first call counts. */
  start(input: unknown): void {
    if (this.#started) {
      console.warn('cookie-consent: already started with a config; this one is ignored');
      return;
    }
    this.#started = true;
    // A config object is read at once, so a call right after start() (the loader hands over, then opens the
    // preferences) already finds it; a promised one (data-config) when it arrives.
    const begun = input instanceof Promise ? input.then((resolved) => this.#begin(resolved)) : this.#begin(input);
    begun.catch((error: unknown) => this.#failClosed(`could not start: ${describeError(error)}`));
  }

  /** Fails closed without a config: no UI, nothing optional, `ready` settles to null. */
  failWithoutConfig(reason: string): void {
    if (this.#started) return;
    this.#started = true;
    this.#failClosed(reason);
  }

  get(): ConsentState | null {
    return this.#status.kind === 'valid' || this.#status.kind === 'incomplete' ? structuredClone(this.#status.state) : null;
  }

  allowed(category: string): boolean {
    return this.#granted.has(category);
  }

  /** Whether the config (once read) has this category; the gate keeps tags naming any other blocked. */
  knowsCategory(category: string): boolean {
    return this.#config !== null && Object.hasOwn(this.#config.categories, category);
  }

  /** ` (did you mean "analytics"?)` for a tag naming a category the config lacks; here, not in the loader, for its size. */
  categoryHint(category: string): string {
    return suggestion(category, Object.keys(this.#config?.categories ?? {}));
  }

  acceptAll(source: DecisionRequest['source'] = 'api'): Promise<ConsentState> {
    return this.record({ action: 'accept-all', source });
  }

  rejectAll(source: DecisionRequest['source'] = 'api'): Promise<ConsentState> {
    return this.record({ action: 'reject-all', source });
  }

  save(choice: Choice, source: DecisionRequest['source'] = 'api'): Promise<ConsentState> {
    return this.record({ action: 'save', source, categories: { ...choice } });
  }

  /** Turns every optional purpose off and, when something granted is revoked, reloads so running scripts stop. */
  withdraw(source: DecisionRequest['source'] = 'api'): Promise<ConsentState> {
    return this.record({ action: 'withdraw', source });
  }

  /** Records a decision and applies it. Decisions are written one at a time, in call order. */
  record(request: DecisionRequest): Promise<ConsentState> {
    const write = this.#writes.then(() => this.#record(request));
    this.#writes = write.catch(() => undefined);
    return write;
  }

  async showBanner(): Promise<void> {
    const ui = await this.#loadUi();
    ui?.showBanner();
  }

  async showPreferences(opener: Element | null = null): Promise<void> {
    const ui = await this.#loadUi();
    await ui?.showPreferences(opener);
  }

  async log(): Promise<LogEntry[]> {
    return (await this.#engine()).logEntries();
  }

  async verifyLog(): Promise<VerificationResult> {
    return (await this.#engine()).verifyStoredLog();
  }

  async exportLog(format: 'json' | 'csv' = 'json'): Promise<string> {
    if (format !== 'json' && format !== 'csv') throw new Error(`exportLog: expected "json" or "csv", got ${JSON.stringify(format)}`);
    return (await this.#engine()).exportStoredLog(format, this.env.doc.location.origin, Object.keys(this.#config?.categories ?? {}));
  }

  /** The engine chunk, fetched once; a failed fetch may be retried later. */
  #engine(): Promise<EngineModule> {
    this.#engineModule ??= this.env.loadEngine();
    this.#engineModule.catch(() => (this.#engineModule = null));
    return this.#engineModule;
  }

  async #begin(input: unknown): Promise<void> {
    const parsed = parseConfig(input);
    if (parsed.warnings.length > 0) console.warn(formatProblems('cookie-consent: config warnings:', parsed.warnings));
    if (!parsed.ok) {
      this.#failClosed(formatProblems('cookie-consent: the config is invalid, so no banner is shown and nothing optional runs:', parsed.errors));
      return;
    }
    const config = parsed.config;
    const doc = this.env.doc;
    const loader = this.env.loader;
    this.#config = config;
    this.#gpc = (doc.defaultView?.navigator as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true;
    const languages = [...BUILT_IN_LANGUAGES, ...Object.keys(config.texts)];
    this.#language = pickLanguage(languages, languageCandidates(config.language, doc));
    const labels = Object.fromEntries(languages.map((language) => [language, linkLabel(config, language)]));
    this.env.labelLinks(this.#language, labels[this.#language]!);
    if (!loader.cached) this.#cacheConfig(input, config, labels);
    // Consent Mode's denied default went out from the loader, synchronously, before anything else could run.
    if (config.googleConsentMode.enabled && loader.tagRanFirst) {
      console.warn('cookie-consent: a Google tag ran before this script; put the consent script first in <head> so Consent Mode defaults apply');
    }
    if (loader.autoBlock) loader.autoBlock(config.autoBlock);
    else if (Object.keys(config.autoBlock).length > 0) {
      console.warn('cookie-consent: the config has autoBlock, but cookie-consent-lite.js does not block automatically; use cookie-consent.js for that');
    }
    this.#gate.observe();
    this.#tabs = loader.tabs;

    const applied = loader.applied();
    if (applied && applied.kind === 'valid') {
      // The loader already put this decision into effect and told the page; take it over without repeating any of it,
      // except the cleanup, which the loader leaves to this controller.
      this.#status = applied;
      this.#granted = grantedCategories(config, applied);
      this.#consentId = applied.state.id;
      this.#resolveReady(this.get());
      void this.#cleanUp(applied.state);
    } else {
      if (config.settingsButton) addSettingsButton(this.env.doc);
      // Decisions asked for meanwhile (API) are recorded once the stored one is known, so they keep its consent ID.
      const taken = this.#takeStoredDecision(config, loader.stored());
      this.#writes = taken.catch(() => undefined);
      await taken;
      this.#resolveReady(this.get());
      this.#dispatch('cookie-consent:ready', this.get());
    }
    if (!this.#hasValidDecision()) {
      // The banner's first render is the longest piece of our work: a task of its own.
      await nextTask(doc.defaultView);
      const ui = await this.#loadUi();
      // A decision may have arrived (API, another tab) while the UI was loading.
      if (!this.#hasValidDecision()) ui?.showBanner();
    }
    // The purge reads the whole log (and needs the engine): only when due, and when the page is idle.
    const win = doc.defaultView;
    if (loader.purgeDue) {
      whenIdle(win, () =>
        this.#engine()
          .then((engine) => engine.purgeLog(config.retentionDays, new Date()))
          .catch((error: unknown) => console.warn(`cookie-consent: could not purge old log entries (${describeError(error)})`)),
      );
    }
    if (config.collector && win) {
      // Entries left unsent by an earlier page (offline, collector down) go out now.
      const url = config.collector.url;
      this.#engine()
        .then((engine) => {
          this.#outbox = new engine.ReceiptOutbox(url, win);
          return this.#outbox.flush();
        })
        .catch((error: unknown) => console.warn(`cookie-consent: could not start sending receipts (${describeError(error)})`));
    }
  }

  /**
   * Reads the stored decision and puts it into effect, refused purposes' leftovers included (rarely any: then
   * the cleaner is fetched first). A task of its own after the validation's: looking through the cookies and
   * storage for leftovers makes the browser load them, which takes a while the first time on a page.
   */
  async #takeStoredDecision(config: ConsentConfig, read: { record: unknown } | null): Promise<void> {
    await nextTask(this.env.doc.defaultView);
    const stored = await this.#readStored(read);
    this.#consentId = stored?.id ?? null;
    await this.#apply(classifyDecision(config, stored, new Date()));
  }

  /** Stores the validated config for the loader, so the next page needs no validation (and no controller). */
  #cacheConfig(input: unknown, config: ConsentConfig, labels: Record<string, string>): void {
    const source = configSource(WIDGET_VERSION, input);
    cacheConfig(configCacheKey(source), { source, config, labels, savedAt: new Date().toISOString() }).catch(() => {
      // Without the cache the next page validates again: slower, never wrong.
    });
  }

  #hasValidDecision(): boolean {
    return this.#status.kind === 'valid';
  }

  /**
   * The stored decision, from the loader's read when it has one; any storage
   * fault means "no decision" (ask again), never consent.
   */
  async #readStored(read: { record: unknown } | null = null): Promise<ConsentState | null> {
    try {
      const { state, quarantined } = await (read ? checkDecision(read.record) : readDecision());
      if (quarantined) {
        console.warn('cookie-consent: the stored decision was not valid, so it counts as none; it was kept aside under ["quarantine", time]');
      }
      return state;
    } catch (error) {
      this.#warnStorage(error);
      return null;
    }
  }

  #warnStorage(error: unknown): void {
    if (this.#storageWarned) return;
    this.#storageWarned = true;
    console.warn(
      `cookie-consent: consent storage is not available (${describeError(error)}); ` +
        'choices apply to this page only and the visitor will be asked again on the next one',
    );
  }

  #failClosed(message: string): void {
    console.error(message.startsWith('cookie-consent:') ? message : `cookie-consent: ${message}`);
    this.#config = null;
    this.#status = { kind: 'none' };
    this.#granted = new Set();
    this.#resolveReady(null);
  }

  #shownText(config: ConsentConfig): Promise<{ text: ShownText; hash: string }> {
    this.#text ??= Promise.all([this.#uiHolder.strings(this.#language, config.texts[this.#language]), this.#engine()]).then(
      ([strings, engine]) => engine.describeShownText(config, this.#language, strings),
    );
    return this.#text;
  }

  async #record(request: DecisionRequest): Promise<ConsentState> {
    const config = this.#config;
    if (!config) throw new Error('cookie-consent: no valid config, so no decision can be recorded');
    this.#consentId ??= newConsentId();
    const state = decide(config, request, { id: this.#consentId, now: new Date(), gpc: this.#gpc, previous: this.get() });
    const location = this.env.doc.location;
    const status = classifyDecision(config, state, new Date());
    const signals = this.env.loader.effects.signals(config, status, grantedCategories(config, status));
    try {
      const shown = await this.#shownText(config);
      await (await this.#engine()).storeDecision(
        state,
        {
          language: this.#language,
          textHash: shown.hash,
          url: `${location.origin}${location.pathname}`,
          ...signals,
        },
        shown.text,
      );
      this.#tabs?.announceDecision();
      void this.#outbox?.flush();
    } catch (error) {
      // The visitor's choice still holds for this page; without storage (or the engine) there is no memory of it.
      this.#text = null;
      this.#warnStorage(error);
    }
    await this.#settle(classifyDecision(config, state, new Date()), state);
    return structuredClone(state);
  }

  /**
   * Applies a new decision, closes any open UI, tells the page, and reloads
   * when a purpose that was running has been revoked: a running script cannot
   * be unloaded any other way (`reloadOnWithdraw`).
   */
  async #settle(status: DecisionStatus, state: ConsentState): Promise<void> {
    const config = this.#config!;
    const before = this.#granted;
    const cleaning = this.#apply(status);
    const revoked = [...before].some((key) => !config.categories[key]?.required && !this.#granted.has(key));
    this.#uiHolder.hide();
    // "Load content" decides one embed only: the purposes still undecided are asked about again.
    if (status.kind !== 'valid') void this.showBanner();
    this.#dispatch('cookie-consent:change', structuredClone(state));
    // The revoked purposes' data goes before the page does.
    await cleaning;
    if (revoked && config.reloadOnWithdraw) this.env.doc.location.reload();
  }

  /** Another tab stored a decision: take the stored one, which is the same for every tab. */
  async followOtherTab(): Promise<void> {
    const config = this.#config;
    if (!config) return;
    await this.#writes;
    if (config.settingsButton) addSettingsButton(this.env.doc);
    const stored = await this.#readStored();
    if (!stored || JSON.stringify(stored) === JSON.stringify(this.get())) return;
    this.#consentId = stored.id;
    await this.#settle(classifyDecision(config, stored, new Date()), stored);
  }

  /**
   * Puts a decision into effect, in this order: Consent Mode update (so Google
   * tags released next start with the right state), tag-manager event, cleanup
   * of refused purposes' cookies and storage (on every load too, since a tracker
   * may write again just before a reload), then the gate.
   */
  #apply(status: DecisionStatus): Promise<void> | null {
    const config = this.#config;
    if (!config) return null;
    this.#status = status;
    this.#granted = grantedCategories(config, status);
    const decided = status.kind === 'valid' || status.kind === 'incomplete';
    const effects = this.env.loader.effects;
    effects.announce(this.env.doc.defaultView, config, status, this.#granted);
    const refusedAll = { categories: Object.fromEntries(Object.entries(config.categories).map(([key, c]) => [key, c.required])) };
    const cleaning = this.#cleanUp(decided ? status.state : refusedAll);
    if (!cleaning) {
      void effects.release(this.#gate, status, this.#granted);
      return null;
    }
    // The release waits for the cleaner, and then takes the decision in force by then (another may have come meanwhile).
    return cleaning.then(() => void effects.release(this.#gate, this.#status, this.#granted));
  }

  /**
   * Deletes refused purposes' cookies and storage keys when there are any
   * (null when there are none, the usual case). The cleaner is a chunk of its
   * own, fetched only then; the returned promise never rejects.
   */
  #cleanUp(decision: Pick<ConsentState, 'categories' | 'services'>): Promise<void> | null {
    const config = this.#config;
    const doc = this.env.doc;
    if (!config || !this.env.loader.hasRefusedData(doc, config, decision)) return null;
    return import('./browser/cookie-cleaner.js').then(
      (cleaner) => void cleaner.deleteRefusedData(doc, config, decision),
      (error: unknown) => console.warn(`cookie-consent: could not load the cleanup of refused purposes' data (${describeError(error)})`),
    );
  }

  #dispatch(type: string, detail: ConsentState | null): void {
    this.env.doc.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /** Blocked embeds get a stand-in from the UI (which is loaded for them if it is not yet). */
  async showPlaceholders(embeds: Element[]): Promise<void> {
    const ui = await this.#loadUi();
    for (const embed of embeds) {
      // It may have been granted and loaded while the UI was on its way.
      if (embed.hasAttribute('data-cookie-consent-activated')) continue;
      if (ui?.placeholder(embed)) this.#gate.hideBehindPlaceholder(embed);
    }
  }

  #loadUi(): Promise<ConsentUi | null> {
    const config = this.#config;
    if (!config) return Promise.resolve(null);
    return this.#uiHolder.mount(this.#language, config.texts[this.#language], (strings) => this.#bridge(config, strings));
  }

  #bridge(config: ConsentConfig, strings: Record<string, string>): UiBridge {
    return {
      config,
      language: this.#language,
      direction: textDirection(this.#language),
      strings,
      gpc: this.#gpc,
      current: () => this.get(),
      decide: async (request) => {
        await this.record(request);
      },
      history: async () => {
        const engine = await this.#engine();
        const [entries, verification, receipts] = await Promise.all([
          engine.logEntries(),
          engine.verifyStoredLog(),
          config.collector ? engine.readReceipts() : Promise.resolve(null),
        ]);
        return { entries, verification, receipts };
      },
      exportLog: (format) => this.exportLog(format),
    };
  }
}
