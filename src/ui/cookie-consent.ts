import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { ConsentSource, ConsentState, DecisionRequest } from '../core/consent.js';
import { categoryText } from '../core/category-text.js';
import { fill } from '../core/fill-template.js';
import { nextTask } from '../browser/page-tasks.js';
import { cookieConsentStyles } from './cookie-consent.styles.js';
import { defineElement } from './define-element.js';
import type { PreferencesHost } from './preferences-view.js';
import type { UiBridge } from './ui-bridge.js';
import { describeError } from '../core/problems.js';

type PreferencesView = typeof import('./preferences-view.js');

/**
 * `<cookie-consent>`: the first-layer banner and the preferences dialog.
 * Added to the page by the script; site owners theme it, they do not place it.
 * The dialog's code and styles (preferences-view.ts) are fetched when it is
 * first opened, or as soon as the pointer or focus reaches "Customise".
 *
 * It fires no events of its own: `cookie-consent:ready` and `cookie-consent:change`
 * are dispatched on `document`, on every page, whether this element exists or not
 * (a returning visitor's page never gets it).
 *
 * @tagname cookie-consent
 * @csspart banner - The first-layer banner.
 * @csspart preferences - The preferences `<dialog>`.
 * @csspart button - Every choice button (Accept all, Reject all, Customise, Save preferences, …).
 * @csspart accept - The "Accept all" button.
 * @csspart reject - The "Reject all" button.
 * @csspart customise - The "Customise" button.
 * @csspart save - The "Save preferences" button.
 * @csspart history - The button that shows the visitor's consent history.
 * @csspart withdraw - The button that withdraws consent.
 * @csspart gpc-notice - The line saying Global Privacy Control was honoured.
 * @cssproperty --cc-bg - Background colour.
 * @cssproperty --cc-fg - Text colour.
 * @cssproperty --cc-muted - Secondary text colour.
 * @cssproperty --cc-border - Borders and separators.
 * @cssproperty --cc-button-bg - Button background (all choice buttons alike).
 * @cssproperty --cc-button-fg - Button text.
 * @cssproperty --cc-button-hover-bg - Button background under the pointer.
 * @cssproperty --cc-switch-on - A category switch that is on.
 * @cssproperty --cc-switch-off - A category switch that is off.
 * @cssproperty --cc-shadow - The banner's shadow.
 * @cssproperty --cc-max-width - Widest the banner's content grows.
 * @cssproperty --cc-link - Link colour.
 * @cssproperty --cc-focus - Focus ring colour.
 * @cssproperty --cc-radius - Corner radius.
 * @cssproperty --cc-font - Font family.
 * @cssproperty --cc-z-index - Stacking order of the banner.
 */
export class CookieConsentElement extends LitElement {
  static override styles = cookieConsentStyles;

  // Declared without decorators, so the chunk carries no decorator helpers. The fields below keep
  // Lit's accessors because tsconfig.json has useDefineForClassFields off (initialised by assignment).
  static override properties = {
    bridge: { attribute: false },
    theme: { reflect: true },
    layout: { reflect: true },
    bannerOpen: { state: true },
    draft: { state: true },
    view: { state: true },
  };

  /**
   * Set by the controller; the element renders nothing without it.
   * @internal
   */
  bridge: UiBridge | null = null;

  /** The colour scheme, from the config's `theme`: `auto` follows `prefers-color-scheme`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Where the banner sits, from the config's `layout`: a bar at the bottom, a box in the corner, or a box in the middle. */
  layout: 'bar' | 'box' | 'center' = 'bar';

  /** @internal */
  private bannerOpen = false;
  /** @internal */
  private draft: Record<string, boolean> = {};
  /**
   * Which view the dialog shows.
   * @internal
   */
  private view: 'preferences' | 'history' = 'preferences';

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  #opener: Element | null = null;
  /** The dialog's code, once fetched; the dialog is not rendered before. */
  #preferences: PreferencesView | null = null;
  #loadingPreferences: Promise<PreferencesView | null> | null = null;

  /**
   * The first render (templates prepared, the whole banner built) is the longest piece of the UI's work: a task
   * of its own, after the one that created the element and adopted its styles, so neither is one long task.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated) await nextTask(this.ownerDocument.defaultView);
    return super.scheduleUpdate();
  }

  showBanner(): void {
    this.bannerOpen = true;
  }

  async showPreferences(opener: Element | null = null): Promise<void> {
    this.#opener = opener ?? deepActiveElement(this.ownerDocument);
    if (!(await this.#loadPreferences())) return;
    this.draft = this.#currentChoices();
    this.view = 'preferences';
    await this.updateComplete;
    const dialog = this.#dialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  hide(): void {
    this.bannerOpen = false;
    if (this.#dialog?.open) this.#dialog.close();
  }

  /** Fetches the dialog's code once and adopts its styles; a failed fetch is reported and may be tried again. */
  #loadPreferences(): Promise<PreferencesView | null> {
    this.#loadingPreferences ??= import('./preferences-view.js').then(
      (view) => {
        const root = this.renderRoot as ShadowRoot;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, view.preferencesStyles.styleSheet!];
        this.#preferences = view;
        this.requestUpdate();
        return view;
      },
      (error: unknown) => {
        this.#loadingPreferences = null;
        console.error(`cookie-consent: could not load the preferences (${describeError(error)})`);
        return null;
      },
    );
    return this.#loadingPreferences;
  }

  #bannerSize: ResizeObserver | null = null;
  #stopReserving: (() => void) | null = null;
  #pagePadding: string | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.ownerDocument.addEventListener('cookie-consent:change', this.#onChange);
    this.#mirrorDecision(this.bridge?.current() ?? null);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ownerDocument.removeEventListener('cookie-consent:change', this.#onChange);
  }

  readonly #onChange = (event: Event): void => this.#mirrorDecision((event as CustomEvent<ConsentState | null>).detail);

  /**
   * The decision in force as a host attribute, for tools that do not enter the shadow root (a public
   * interface, README "Styling"): `decision="accepted"` (every optional purpose), `"rejected"` (none) or
   * `"partial"`, absent while there is none. `banner-open` says the first layer is showing.
   */
  #mirrorDecision(state: ConsentState | null): void {
    const categories = this.bridge?.config.categories ?? {};
    const optional = Object.keys(categories).filter((key) => !categories[key]!.required);
    const granted = optional.filter((key) => state?.categories[key]);
    const decision = granted.length === 0 ? 'rejected' : granted.length === optional.length ? 'accepted' : 'partial';
    if (state) this.setAttribute('decision', decision);
    else this.removeAttribute('decision');
  }

  /**
   * While the banner is open, the page reserves the room it takes at the
   * bottom of the screen (for `center`, everything below its top edge): the
   * page's scroll padding, so an element the visitor tabs to is scrolled into
   * view above the banner instead of under it (WCAG 2.4.11); and a spacer as
   * tall at the end of the page (the host is `display: contents`, so it sits
   * in the body's flow), so the page's last content (a footer link, a
   * placeholder's "Load content") can be scrolled clear of the banner and clicked.
   */
  protected override updated(changed: PropertyValues): void {
    if (!changed.has('bannerOpen')) return;
    this.toggleAttribute('banner-open', this.bannerOpen);
    const root = this.ownerDocument.documentElement;
    const win = this.ownerDocument.defaultView;
    const banner = this.renderRoot.querySelector<HTMLElement>('.banner');
    const spacer = this.renderRoot.querySelector<HTMLElement>('.page-end');
    if (this.bannerOpen && banner && spacer && win && !this.#bannerSize) {
      this.#pagePadding ??= root.style.scrollPaddingBottom;
      const reserve = (): void => {
        // Layout sizes, not the drawn box: the entrance animation moves the banner for a moment.
        const room = this.layout === 'center' ? Math.ceil((win.innerHeight + banner.offsetHeight) / 2) : banner.offsetHeight;
        root.style.scrollPaddingBottom = `${room + 8}px`;
        spacer.style.height = `${room}px`;
      };
      this.#bannerSize = new ResizeObserver(reserve);
      this.#bannerSize.observe(banner);
      win.addEventListener('resize', reserve);
      this.#stopReserving = () => win.removeEventListener('resize', reserve);
    } else if (!this.bannerOpen && this.#bannerSize) {
      this.#bannerSize.disconnect();
      this.#bannerSize = null;
      this.#stopReserving?.();
      root.style.scrollPaddingBottom = this.#pagePadding ?? '';
      this.#pagePadding = null;
      if (spacer) spacer.style.height = '0';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bridge') && this.bridge) {
      this.theme = this.bridge.config.theme;
      this.layout = this.bridge.config.layout;
      this.lang = this.bridge.language;
      this.dir = this.bridge.direction;
    }
  }

  #currentChoices(): Record<string, boolean> {
    const current = this.bridge?.current();
    const choices: Record<string, boolean> = {};
    for (const [key, category] of Object.entries(this.bridge?.config.categories ?? {})) {
      choices[key] = category.required || current?.categories[key] === true;
    }
    return choices;
  }

  #t(key: string, values: Record<string, string> = {}): string {
    const strings = this.bridge?.strings ?? {};
    const owner = this.bridge?.config.owner || strings['banner.ownerFallback'] || '';
    return fill(strings[key] ?? key, { owner, ...values });
  }

  /** The line saying GPC was honoured, when the browser sends it and a category is marked for it. */
  #gpcNotice(): unknown {
    const bridge = this.bridge!;
    if (!bridge.gpc) return nothing;
    const labels = Object.entries(bridge.config.categories)
      .filter(([, category]) => category.gpc && !category.required)
      .map(([key]) => categoryText(bridge.config, bridge.strings, key).label);
    if (labels.length === 0) return nothing;
    const list = new Intl.ListFormat(bridge.language, { type: 'conjunction' }).format(labels);
    return html`<p class="gpc-notice" part="gpc-notice">${fill(bridge.strings['gpc.notice'] ?? '', { categories: list })}</p>`;
  }

  async #decide(request: DecisionRequest): Promise<void> {
    if (!this.bridge) return;
    try {
      await this.bridge.decide(request);
    } catch (error) {
      // Fail closed: nothing was granted. Say so once; the banner will ask again next time.
      console.error(`cookie-consent: the decision could not be stored (${describeError(error)})`);
    }
    this.hide();
  }

  #choose(action: 'accept-all' | 'reject-all', source: ConsentSource): void {
    void this.#decide({ action, source });
  }

  #onDialogClose(): void {
    const opener = this.#opener;
    this.#opener = null;
    if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
  }

  protected override render(): unknown {
    const bridge = this.bridge;
    if (!bridge) return nothing;
    return html`${this.#renderBanner()}${this.#preferences ? this.#preferences.renderPreferences(this.#preferencesHost(bridge)) : nothing}`;
  }

  #preferencesHost(bridge: UiBridge): PreferencesHost {
    return {
      bridge,
      draft: this.draft,
      view: this.view,
      t: (key, values) => this.#t(key, values),
      gpcNotice: () => this.#gpcNotice(),
      choiceButtons: (source) => this.#choiceButtons(source),
      decide: (request) => void this.#decide(request),
      save: () => void this.#decide({ action: 'save', source: 'preferences', categories: { ...this.draft } }),
      toggle: (category, on) => (this.draft = { ...this.draft, [category]: on }),
      showView: (view) => void this.#showView(view),
      close: () => this.#dialog?.close(),
      closed: () => this.#onDialogClose(),
    };
  }

  #choiceButtons(source: ConsentSource): unknown {
    return html`
      <button type="button" class="choice" part="button accept" @click=${() => this.#choose('accept-all', source)}>
        ${this.#t('button.acceptAll')}
      </button>
      <button type="button" class="choice" part="button reject" @click=${() => this.#choose('reject-all', source)}>
        ${this.#t('button.rejectAll')}
      </button>
    `;
  }

  #renderBanner(): unknown {
    const config = this.bridge!.config;
    const optional = Object.entries(config.categories).filter(([, category]) => !category.required);
    return html`
      <div class="page-end" aria-hidden="true"></div>
      <section class="banner surface" part="banner" aria-labelledby="cc-banner-title" ?hidden=${!this.bannerOpen}>
        <div class="banner-inner">
          <div class="banner-text">
            <h2 id="cc-banner-title">${this.#t('banner.title')}</h2>
            <p>${this.#t('banner.body')}</p>
            ${optional.length > 0
              ? html`<ul class="purposes" aria-label=${this.#t('banner.purposes')}>
                  ${optional.map(([key]) => {
                    const text = categoryText(config, this.bridge!.strings, key);
                    return html`<li>
                      <strong>${text.label}</strong>${text.description
                        ? html`<span class="purpose-description"> – ${text.description}</span>`
                        : nothing}
                    </li>`;
                  })}
                </ul>`
              : nothing}
            ${this.#gpcNotice()}
            ${config.policyUrl ? html`<a class="policy-link" href=${config.policyUrl}>${this.#t('policy.link')}</a>` : nothing}
          </div>
          <div class="actions">
            ${this.#choiceButtons('banner')}
            <button
              type="button"
              class="choice"
              part="button customise"
              aria-haspopup="dialog"
              @pointerenter=${() => void this.#loadPreferences()}
              @focus=${() => void this.#loadPreferences()}
              @click=${(event: Event) => void this.showPreferences(event.currentTarget as Element)}
            >
              ${this.#t('button.customise')}
            </button>
          </div>
        </div>
      </section>
    `;
  }

  /** Switches the dialog's view and puts focus at the start of the new one. */
  async #showView(view: 'preferences' | 'history'): Promise<void> {
    // The history is rarely opened, so its code is a chunk of its own.
    if (view === 'history') await import('./consent-history.js');
    this.view = view;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(view === 'history' ? '#cc-prefs-title' : '.history-button')?.focus();
  }
}

/** The focused element, looking through open shadow roots (the opener may sit in one). */
function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Registers `<cookie-consent>` (the widget's UI chunk does, in the page's registry), or the element under a registry and name of your own. */
export function defineCookieConsent(registry: CustomElementRegistry = customElements, name = 'cookie-consent'): void {
  defineElement(registry, name, CookieConsentElement);
}

defineCookieConsent();

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent': CookieConsentElement;
  }
}
