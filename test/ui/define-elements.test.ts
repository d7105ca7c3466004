import { expect } from '@open-wc/testing';
import { CookieConsentElement, defineCookieConsent } from '../../src/ui/cookie-consent.js';
import { CookieConsentLinkElement, defineCookieConsentLink } from '../../src/ui/cookie-consent-link.js';
import { CookieConsentPlaceholderElement, defineCookieConsentPlaceholder } from '../../src/ui/cookie-consent-placeholder.js';

/** Each element's define function, its class and its standard tag. */
const ELEMENTS = [
  { define: defineCookieConsent, element: CookieConsentElement, tag: 'cookie-consent' },
  { define: defineCookieConsentLink, element: CookieConsentLinkElement, tag: 'cookie-consent-link' },
  { define: defineCookieConsentPlaceholder, element: CookieConsentPlaceholderElement, tag: 'cookie-consent-placeholder' },
] as const;

/** A registry that is not the page's: a same-origin frame's. */
async function otherRegistry(): Promise<CustomElementRegistry> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!.customElements;
}

describe('define functions of the elements', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('with no arguments, each registers its standard tag in the page’s registry, once however often called', () => {
    defineCookieConsentLink();
    for (const { define, element, tag } of ELEMENTS) {
      define();
      define();
      expect(customElements.get(tag), tag).to.equal(element);
    }
  });

  it('each registers under a name of the page’s choosing too, as an element of its class', () => {
    for (const { define, element, tag } of ELEMENTS) {
      const name = `site-${tag}`;
      define(customElements, name);
      const created = document.createElement(name);
      expect(created, name).to.be.instanceOf(element);
      expect(customElements.get(tag), `${tag} is still itself`).to.equal(element);
    }
  });

  it('each registers in the registry it is given, and only there', async () => {
    const registry = await otherRegistry();
    for (const { define, element, tag } of ELEMENTS) {
      const name = `scoped-${tag}`;
      define(registry, name);
      expect(registry.get(name), name).to.equal(element);
      expect(customElements.get(name), `${name} leaked into the page's registry`).to.equal(undefined);
    }
  });
});
