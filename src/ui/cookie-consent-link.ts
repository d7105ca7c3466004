/**
 * `<cookie-consent-link>`: a footer control that opens the privacy preferences.
 * Plain custom element, not Lit, because it must render on every page load
 * while the Lit UI is fetched only when needed.
 */
import { defineElement } from './define-element.js';

// English until the UI language is known: the labels of the other languages are not in the loader; each is
// in its language's strings and, once a page has loaded those, cached with the validated config (see
// core/config-cache.ts). So a button is never left without a name.
let uiLanguage = 'en';
let uiLabel = 'Cookie settings';
const connected = new Set<CookieConsentLinkElement>();

/** Called once the UI language is known, with its label; relabels links already on the page. */
export function setLinkLanguage(language: string, label: string): void {
  uiLanguage = language;
  uiLabel = label;
  for (const link of connected) link.relabel();
}

// Written compactly because the loader carries it to every page (terser leaves CSS alone).
// The floating variant is the persistent button (config `settingsButton`) for sites without a footer link.
const LINK_STYLES =
  ':host{display:inline}' +
  'button{font:inherit;color:inherit;background:none;border:0;margin:0;padding:2px 0;min-height:24px;cursor:pointer;text-decoration:underline;text-underline-offset:.15em}' +
  'button:focus-visible{outline:2px solid currentColor;outline-offset:2px;border-radius:2px}' +
  ':host([floating]){position:fixed;z-index:2147482000;inset:auto auto 12px 12px;font:600 14px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}' +
  ':host([floating]) button{min-height:40px;padding:8px 14px;border-radius:999px;text-decoration:none;background:var(--cc-button-bg,#1f3b63);color:var(--cc-button-fg,#fff);box-shadow:0 2px 10px rgb(0 0 0/.25)}' +
  ':host([floating]) button:focus-visible{outline:3px solid var(--cc-focus,#1a5fd0);outline-offset:2px}';

/**
 * A footer control that opens the privacy preferences: a real button, labelled
 * "Cookie settings" in the UI's language. The widget listens for its clicks;
 * it fires no events of its own.
 *
 * @tagname cookie-consent-link
 * @attr label - Overrides the button text.
 * @attr floating - Shows it as a small persistent button in the page's corner.
 * @slot - Also overrides the button text.
 * @csspart button - The button.
 * @cssproperty --cc-button-bg - Background of the floating button.
 * @cssproperty --cc-button-fg - Text of the floating button.
 * @cssproperty --cc-focus - Focus ring of the floating button.
 */
export class CookieConsentLinkElement extends HTMLElement {
  #fallback: HTMLSlotElement | null = null;

  connectedCallback(): void {
    connected.add(this);
    if (!this.shadowRoot) this.#render();
    this.relabel();
  }

  disconnectedCallback(): void {
    connected.delete(this);
  }

  /** Puts the current UI language's label in place (unless the site gave its own). */
  relabel(): void {
    if (!this.#fallback) return;
    this.#fallback.textContent = this.getAttribute('label') ?? uiLabel;
    this.#fallback.lang = uiLanguage;
  }

  #render(): void {
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LINK_STYLES);
    root.adoptedStyleSheets = [sheet];
    const button = document.createElement('button');
    button.type = 'button';
    button.part.add('button');
    button.setAttribute('aria-haspopup', 'dialog');
    this.#fallback = document.createElement('slot');
    button.append(this.#fallback);
    root.append(button);
  }
}

/** Registers `<cookie-consent-link>` (the loader does, in the page's registry), or the element under a registry and name of your own. */
export function defineCookieConsentLink(registry: CustomElementRegistry = customElements, name = 'cookie-consent-link'): void {
  defineElement(registry, name, CookieConsentLinkElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent-link': CookieConsentLinkElement;
  }
}
