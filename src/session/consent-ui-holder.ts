/**
 * The session's hold on the consent UI (in the lazy controller chunk): the UI
 * chunk and the strings of the page's language, each fetched once and in
 * parallel; the one UI mounted with them, wired to the session; and the exact
 * text it shows, which every recorded decision refers to by its hash. A failed
 * fetch is reported and may be tried again later.
 */
import type { ConsentConfig } from '../core/config.js';
import type { ConsentState, DecisionRequest } from '../core/consent.js';
import type { LogEntry } from '../core/log.js';
import { textDirection } from '../core/language.js';
import { loadOnce } from '../core/load-once.js';
import { describeError } from '../core/problems.js';
import type { ShownText } from '../core/shown-text.js';
import type { EngineModule } from '../entries/engine.js';
import { loadStrings } from '../ui/strings/index.js';
import type { ConsentUi, UiBridge, UiLoader } from '../ui/ui-bridge.js';

/** What the UI needs from the page session; the session stays the one owner of the decision. */
export interface UiHost {
  readonly doc: Document;
  readonly config: ConsentConfig;
  readonly language: string;
  readonly gpc: boolean;
  loadUi: UiLoader;
  engine(): Promise<EngineModule>;
  get(): ConsentState | null;
  record(request: DecisionRequest): Promise<ConsentState>;
  exportLog(format: 'json' | 'csv'): Promise<string>;
}

export class ConsentUiHolder {
  /**
   * The language's built-in strings (every built-in language is complete: test/ui/strings.test.ts), then the
   * site's own `texts` for it. Fetched alongside the UI chunk, not by it. When the language's file cannot be
   * fetched, English stands in; when English cannot either, there is no UI to show (`mount` reports it).
   */
  readonly strings: () => Promise<Record<string, string>>;
  readonly #mounted: () => Promise<ConsentUi>;
  readonly #shownText: () => Promise<{ text: ShownText; hash: string }>;
  #ui: Promise<ConsentUi> | null = null;

  constructor(private readonly host: UiHost) {
    const { config, language } = host;
    const module = loadOnce(host.loadUi);
    this.strings = loadOnce(() =>
      loadStrings(language)
        .catch((error: unknown) => {
          if (language === 'en') throw error;
          console.warn(`cookie-consent: could not load the "${language}" strings (${describeError(error)}); showing English`);
          return loadStrings('en');
        })
        .then((builtIn) => ({ ...builtIn, ...config.texts[language] })),
    );
    this.#shownText = loadOnce(() =>
      Promise.all([this.strings(), host.engine()]).then(([strings, engine]) => engine.describeShownText(config, language, strings)),
    );
    this.#mounted = loadOnce(() => Promise.all([module(), this.strings()]).then(([ui, strings]) => ui.mountConsentUi(this.#bridge(strings), host.doc)));
  }

  /** The mounted UI, mounted on first call; null, said once per failure, when it cannot load. */
  mount(): Promise<ConsentUi | null> {
    this.#ui = this.#mounted();
    return this.#ui.catch((error: unknown) => {
      console.error(`cookie-consent: could not load the consent UI (${describeError(error)})`);
      return null;
    });
  }

  /** Closes whatever the UI shows, if it has been mounted (a decision made elsewhere). */
  hide(): void {
    void this.#ui?.then((ui) => ui.hide()).catch(() => undefined);
  }

  /**
   * Fetches recording's code and hashes the text shown ahead of a decision, so that recording one needs no fetch.
   * A failure here is not reported: `store` tries again and reports it.
   */
  prepareRecording(): void {
    this.#shownText().catch(() => undefined);
  }

  /** Writes a decision to the log with the text shown and the signals sent; rejects when it could not be stored. */
  async store(state: ConsentState, signals: Pick<LogEntry, 'consentMode' | 'microsoftConsentMode'>): Promise<void> {
    const { doc, language } = this.host;
    const shown = await this.#shownText();
    const url = `${doc.location.origin}${doc.location.pathname}`;
    await (await this.host.engine()).storeDecision(state, { language, textHash: shown.hash, url, ...signals }, shown.text);
  }

  #bridge(strings: Record<string, string>): UiBridge {
    const host = this.host;
    const config = host.config;
    return {
      config,
      language: host.language,
      direction: textDirection(host.language),
      strings,
      gpc: host.gpc,
      current: () => host.get(),
      decide: async (request) => void (await host.record(request)),
      history: async () => {
        const engine = await host.engine();
        const [entries, verification, receipts] = await Promise.all([
          engine.logEntries(),
          engine.verifyStoredLog(),
          config.collector ? engine.readReceipts() : Promise.resolve(null),
        ]);
        return { entries, verification, receipts };
      },
      exportLog: (format) => host.exportLog(format),
    };
  }
}
