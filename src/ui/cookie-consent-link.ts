/**
 * `<cookie-consent-link>`: a footer control that opens the privacy preferences.
 * Plain custom element, not Lit, because it must render on every page load
 * while the Lit UI is fetched only when needed. The controller listens for its
 * clicks; the element itself only draws a real button.
 *
 * @slot - The link text; defaults to "Cookie settings".
 * @csspart button - The button.
 */
export class CookieConsentLinkElement extends HTMLElement {
  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`
      :host { display: inline; }
      button {
        font: inherit; color: inherit; background: none; border: 0; margin: 0;
        padding: 2px 0; min-height: 24px; cursor: pointer;
        text-decoration: underline; text-underline-offset: 0.15em;
      }
      button:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; border-radius: 2px; }
    `);
    root.adoptedStyleSheets = [sheet];
    const button = document.createElement('button');
    button.type = 'button';
    button.part.add('button');
    button.setAttribute('aria-haspopup', 'dialog');
    const slot = document.createElement('slot');
    slot.textContent = this.getAttribute('label') ?? 'Cookie settings';
    button.append(slot);
    root.append(button);
  }
}

export function defineCookieConsentLink(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('cookie-consent-link')) registry.define('cookie-consent-link', CookieConsentLinkElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'cookie-consent-link': CookieConsentLinkElement;
  }
}
