/**
 * The controller's hold on the consent UI: the UI chunk and the strings of the
 * page's language, each fetched once and in parallel, and the one UI mounted
 * with them. A failed fetch is reported and may be tried again later.
 */
import { describeError } from './core/problems.js';
import { loadStrings } from './ui/strings/index.js';
import type { ConsentUi, UiBridge, UiLoader, UiModule } from './ui/ui-bridge.js';

export class ConsentUiHolder {
  #module: Promise<UiModule> | null = null;
  #strings: Promise<Record<string, string>> | null = null;
  #ui: Promise<ConsentUi> | null = null;

  constructor(
    private readonly loadUi: UiLoader,
    private readonly doc: Document,
  ) {}

  /**
   * The language's built-in strings (every built-in language is complete: test/ui/strings.test.ts), then the
   * site's own `texts` for it. Fetched alongside the UI chunk, not by it. When the language's file cannot be
   * fetched, English stands in; when English cannot either, there is no UI to show (`mount` reports it).
   */
  strings(language: string, ownTexts: Record<string, string> | undefined): Promise<Record<string, string>> {
    this.#strings ??= loadStrings(language)
      .catch((error: unknown) => {
        if (language === 'en') throw error;
        console.warn(`cookie-consent: could not load the "${language}" strings (${describeError(error)}); showing English`);
        return loadStrings('en');
      })
      .then((builtIn) => ({ ...builtIn, ...ownTexts }));
    this.#strings.catch(() => (this.#strings = null));
    return this.#strings;
  }

  /** The mounted UI, mounted on first call with the bridge made for its strings; null, said once, when it cannot load. */
  mount(language: string, ownTexts: Record<string, string> | undefined, bridge: (strings: Record<string, string>) => UiBridge): Promise<ConsentUi | null> {
    this.#ui ??= Promise.all([this.#uiModule(), this.strings(language, ownTexts)]).then(([module, strings]) =>
      module.mountConsentUi(bridge(strings), this.doc),
    );
    return this.#ui.catch((error: unknown) => {
      console.error(`cookie-consent: could not load the consent UI (${describeError(error)})`);
      this.#ui = null;
      return null;
    });
  }

  /** Closes whatever the UI shows, if it has been mounted (a decision made elsewhere). */
  hide(): void {
    void this.#ui?.then((ui) => ui.hide()).catch(() => undefined);
  }

  /** The UI chunk, fetched once. */
  #uiModule(): Promise<UiModule> {
    this.#module ??= this.loadUi();
    this.#module.catch(() => (this.#module = null));
    return this.#module;
  }
}
