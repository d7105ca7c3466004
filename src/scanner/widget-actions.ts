/**
 * Finding cookie-consent-element on a page and making a choice in it as a
 * visitor would: clicking the banner's own buttons, and withdrawing from the
 * preferences opened by the page's "Cookie settings" control. Buttons are
 * found by their `part` names, which do not depend on the page's language.
 */
import type { Page } from 'puppeteer-core';

export interface WidgetOnPage {
  found: boolean;
  /** `inline` (the page's #cookie-consent-config), the data-config URL, `api` (CookieConsent.init), or null. */
  configSource: string | null;
  /** The config's text as the page has it, when it can be read. */
  configText: string | null;
}

/** Runs in the page: is the widget there, and where does its config come from. */
const FIND_WIDGET_SOURCE = `(async () => {
  const api = window.CookieConsent;
  const found = typeof api === 'object' && api !== null && typeof api.get === 'function';
  const inline = document.getElementById('cookie-consent-config');
  if (inline) return { found, configSource: 'inline', configText: inline.textContent };
  const tag = document.querySelector('script[data-config]');
  if (tag) {
    const url = new URL(tag.getAttribute('data-config'), location.href).href;
    let text = null;
    try { const response = await fetch(url, { credentials: 'same-origin', signal: AbortSignal.timeout(10000) }); if (response.ok) text = await response.text(); } catch {}
    return { found, configSource: url, configText: text };
  }
  return { found, configSource: found ? 'api' : null, configText: null };
})()`;

export async function findWidget(page: Page): Promise<WidgetOnPage> {
  return (await page.evaluate(FIND_WIDGET_SOURCE)) as WidgetOnPage;
}

const button = (part: string) => `cookie-consent >>> button[part~="${part}"]`;

/** Waits for the banner, as the visitor sees it on a first visit. */
export async function waitForBanner(page: Page, timeoutMs: number): Promise<boolean> {
  return page
    .waitForSelector('cookie-consent >>> [part~="banner"]', { visible: true, timeout: timeoutMs })
    .then(() => true, () => false);
}

/**
 * The last stored decision's action, or null (read on whichever document is current). Read from the log, not
 * `get()`: the page follows a click at once and stores it a moment later, and a navigation in between would
 * leave the next phase without the decision.
 */
const DECISION_SOURCE = `(async () => {
  const api = window.CookieConsent;
  if (!api) return null;
  await api.ready;
  const log = await api.log();
  return log.length > 0 ? log[log.length - 1].action : null;
})()`;

async function waitForDecision(page: Page, action: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A reload may replace the document mid-read: that read fails and the next one sees the new page.
    const current = await page.evaluate(DECISION_SOURCE).catch(() => null);
    if (current === action) return;
    if (Date.now() > deadline) throw new Error(`the decision "${action}" was not stored within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Clicks "Accept all" or "Reject all" on the banner and waits until the decision is stored. */
export async function chooseOnBanner(page: Page, choice: 'accept' | 'reject', timeoutMs: number): Promise<void> {
  const target = await page.waitForSelector(button(choice), { visible: true, timeout: timeoutMs }).catch(() => null);
  if (!target) throw new Error(`the banner's "${choice === 'accept' ? 'Accept all' : 'Reject all'}" button did not appear within ${timeoutMs / 1000} s`);
  await target.click();
  await waitForDecision(page, choice === 'accept' ? 'accept-all' : 'reject-all', timeoutMs);
}

/**
 * Opens the preferences as a visitor would (the page's "Cookie settings"
 * control; the API only when the page has none) and clicks "Withdraw
 * consent"; waits for the reload the widget makes when it revokes something.
 */
export async function withdrawInPreferences(page: Page, expectReload: boolean, timeoutMs: number): Promise<string> {
  const opener = await page.$('[data-cookie-consent="open"], cookie-consent-link');
  let how = 'the API (the page has no Cookie settings control)';
  if (opener && (await opener.isVisible())) {
    await opener.scrollIntoView();
    await opener.click();
    how = 'the page’s Cookie settings control';
  } else {
    await page.evaluate('window.CookieConsent.showPreferences()');
  }
  const target = await page.waitForSelector(button('withdraw'), { visible: true, timeout: timeoutMs }).catch(() => null);
  if (!target) throw new Error(`the preferences' "Withdraw consent" button did not appear within ${timeoutMs / 1000} s`);
  const reloaded = expectReload ? page.waitForNavigation({ waitUntil: 'load', timeout: timeoutMs }).catch(() => null) : null;
  await target.click();
  await reloaded;
  await waitForDecision(page, 'withdraw', timeoutMs);
  return how;
}

/** The widget's version, from the log export (the page has a decision by now, so this stores nothing new). */
export async function widgetVersion(page: Page): Promise<string | null> {
  const text = await page.evaluate(`window.CookieConsent.exportLog('json')`).catch(() => null);
  try {
    const version = (JSON.parse(String(text)) as { widgetVersion?: unknown }).widgetVersion;
    return typeof version === 'string' ? version : null;
  } catch {
    return null;
  }
}
