/**
 * The timeline's in-page half (see timeline.mjs): Puppeteer sends these
 * functions to the page as source text, so they use nothing from this module.
 */

/** Runs in the page before its own scripts (sent as source text: nothing from this module's scope). */
export function installTimeline() {
  const marks = {};
  const mark = (name) => (marks[name] ??= Math.round(performance.now()));
  Object.defineProperty(window, '__timeline', { value: marks });
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args) => {
    mark('idb open');
    const request = open(...args);
    request.addEventListener('upgradeneeded', () => mark('idb created (first visit)'));
    request.addEventListener('success', () => mark('idb opened'));
    return request;
  };
  document.addEventListener('DOMContentLoaded', () => mark('DOMContentLoaded'));
  // When each of our elements is defined: the UI chunk has been evaluated.
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    mark(`<${name}> defined`);
    return define(name, ...rest);
  };
  // The loader's first act on the page is defining window.CookieConsent.
  Object.defineProperty(window, 'CookieConsent', {
    configurable: true,
    get: () => undefined,
    set(value) {
      mark('loader running');
      Object.defineProperty(window, 'CookieConsent', { value, configurable: true, writable: true });
    },
  });
  document.addEventListener('cookie-consent:ready', () => mark('ready event'));
  // The banner is in the element's shadow root, which a document-wide observer does not see into.
  const bannerShown = () => {
    if (document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]:not([hidden])')) mark('banner rendered');
  };
  const page = new MutationObserver(() => {
    const element = document.querySelector('cookie-consent');
    if (!element?.shadowRoot) return;
    mark('<cookie-consent> added');
    new MutationObserver(bannerShown).observe(element.shadowRoot, { childList: true, subtree: true, attributes: true });
    bannerShown();
    page.disconnect();
  });
  page.observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'analytics-start') mark('analytics ran');
  }).observe({ type: 'mark', buffered: true });
}

export function readTimeline(widgetPrefix) {
  const marks = { ...window.__timeline };
  for (const entry of performance.getEntriesByType('resource')) {
    // The analytics tag's request starts when the widget lets it go.
    if (entry.name.endsWith('/bench/analytics.js')) {
      marks['analytics requested'] = Math.round(entry.startTime);
      marks['analytics arrived'] = Math.round(entry.responseEnd);
    }
    if (!entry.name.startsWith(widgetPrefix)) continue;
    marks[`${entry.name.slice(widgetPrefix.length)} arrived`] = Math.round(entry.responseEnd);
  }
  const banner = document.querySelector('cookie-consent')?.shadowRoot?.querySelector('[part~="banner"]');
  if (banner && !banner.hidden) marks['banner rendered'] ??= Math.round(performance.now());
  return marks;
}
