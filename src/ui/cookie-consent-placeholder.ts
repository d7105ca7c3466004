import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { categoryText } from '../core/category-text.js';
import { embedKey } from '../core/consent.js';
import { embedHost } from '../browser/embed-host.js';
import { fill } from '../core/fill-template.js';
import { placeholderStyles } from './cookie-consent-placeholder.styles.js';
import { defineElement } from './define-element.js';
import type { UiBridge } from './ui-bridge.js';

/**
 * `<cookie-consent-placeholder>`: stands in for a blocked iframe, image or
 * video, in the UI's language, at the embed's size. "Load content" grants this
 * embed alone (logged as `load-content` from `placeholder`, with the embed in
 * `embeds`); the second button opens the preferences.
 *
 * It fires no events of its own: a decision it records is announced as
 * `cookie-consent:change` on `document`.
 *
 * @tagname cookie-consent-placeholder
 * @csspart button - Both buttons.
 * @csspart load - The "Load content" button.
 * @csspart settings - The button that opens the preferences.
 * @cssproperty --cc-placeholder-bg - Background of the stand-in.
 * @cssproperty --cc-fg - Text colour.
 * @cssproperty --cc-muted - The explanation's colour.
 * @cssproperty --cc-border - The dashed border.
 * @cssproperty --cc-button-bg - "Load content" background.
 * @cssproperty --cc-button-fg - "Load content" text.
 * @cssproperty --cc-link - The preferences button's colour.
 * @cssproperty --cc-focus - Focus ring colour.
 * @cssproperty --cc-radius - Corner radius.
 * @cssproperty --cc-font - Font family.
 */
export class CookieConsentPlaceholderElement extends LitElement {
  static override styles = placeholderStyles;

  // Without decorators, as in <cookie-consent> (see there).
  static override properties = {
    bridge: { attribute: false },
    embed: { attribute: false },
  };

  /** @internal */
  bridge: UiBridge | null = null;
  /**
   * The blocked element this stands in for.
   * @internal
   */
  embed: Element | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bridge') && this.bridge) {
      this.lang = this.bridge.language;
      this.dir = this.bridge.direction;
      this.setAttribute('theme', this.bridge.config.theme);
    }
    if (changed.has('embed') && this.embed) {
      // Keep the embed's footprint so nothing jumps when it loads (CSSOM, so a strict CSP allows it).
      const width = Number(this.embed.getAttribute('width'));
      const height = Number(this.embed.getAttribute('height'));
      if (width > 0) this.style.setProperty('--_embed-width', `${width}px`);
      if (width > 0 && height > 0) this.style.aspectRatio = `${width} / ${height}`;
    }
  }

  #categories(): string[] {
    return (this.embed?.getAttribute('data-category') ?? '').split(/\s+/).filter(Boolean);
  }

  /** The service's provider from the config, else the embed's host name (which may break only after its dots). */
  #provider(): unknown {
    const bridge = this.bridge!;
    const service = this.embed?.getAttribute('data-service');
    for (const category of this.#categories()) {
      const provider = service ? bridge.config.categories[category]?.services[service]?.provider : undefined;
      if (provider) return provider;
    }
    try {
      const labels = new URL(this.embed?.getAttribute('data-src') ?? '', this.ownerDocument.baseURI).hostname.split('.');
      // Each label unbroken (not even at a hyphen), a break opportunity after each dot.
      return labels.map((label, at) => (at === labels.length - 1 ? html`<span class="host">${label}</span>` : html`<span class="host">${label}.</span><wbr />`));
    } catch {
      return bridge.strings['placeholder.providerFallback'] ?? '';
    }
  }

  /**
   * Grants this embed alone: its `data-service` when it names one, otherwise embeds from its host. Nothing
   * else is decided, so the banner keeps asking about the purposes the visitor has not answered.
   */
  #load(): void {
    const bridge = this.bridge;
    const embed = this.embed;
    if (!bridge || !embed) return;
    const key = embedKey(embed.getAttribute('data-service'), embedHost(embed));
    if (key) bridge.decide({ action: 'load-content', source: 'placeholder', embed: key }).catch(() => undefined);
  }

  protected override render(): unknown {
    const bridge = this.bridge;
    if (!bridge || !this.embed) return html``;
    const strings = bridge.strings;
    const labels = this.#categories().map((key) => categoryText(bridge.config, strings, key).label.toLowerCase());
    const category = new Intl.ListFormat(bridge.language, { type: 'conjunction' }).format(labels);
    const title = this.embed.getAttribute('title') || strings['placeholder.title'] || '';
    return html`
      <div class="box" role="group" aria-label=${title}>
        <strong>${title}</strong>
        <p>${(strings['placeholder.body'] ?? '').split('{provider}').map((part, at) => [at > 0 ? this.#provider() : nothing, fill(part, { category })])}</p>
        <div class="actions">
          <button type="button" class="load" part="button load" @click=${() => this.#load()}>${strings['placeholder.load']}</button>
          <button type="button" class="settings" part="button settings" data-cookie-consent="open" aria-haspopup="dialog">
            ${strings['placeholder.settings']}
          </button>
        </div>
      </div>
    `;
  }
}

/** Registers `<cookie-consent-placeholder>` (the widget does, when the first embed is blocked), or the element under a registry and name of your own. */
export function defineCookieConsentPlaceholder(registry: CustomElementRegistry = customElements, name = 'cookie-consent-placeholder'): void {
  defineElement(registry, name, CookieConsentPlaceholderElement);
}

defineCookieConsentPlaceholder();

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent-placeholder': CookieConsentPlaceholderElement;
  }
}
