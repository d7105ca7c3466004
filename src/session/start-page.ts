/**
 * The bootstrap both one-tag builds share: finds the page's config (inline
 * JSON, `data-config` URL, or a later `CookieConsent.init`), wires the lazy
 * chunks that sit beside the script, and starts the page session.
 * Nothing here may throw into the page.
 */
import { CHUNK_FOLDER, SHARED_CHUNKS } from 'virtual:cookie-consent-chunk-imports';
import { describeError } from '../core/problems.js';
import { createSession } from './create-session.js';
import type { PageSession, SessionEnvironment } from './page-session.js';
import { warnIfNotFirst } from './tag-position.js';

const CONFIG_ELEMENT_ID = 'cookie-consent-config';

async function fetchConfig(url: string): Promise<unknown> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`the config at ${url} answered HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (error) {
    throw new Error(`the config at ${url} is not valid JSON (${describeError(error)})`);
  }
}

function startFromPage(session: PageSession, script: HTMLScriptElement | null): void {
  const inline = document.getElementById(CONFIG_ELEMENT_ID);
  if (inline) {
    let config: unknown;
    try {
      config = JSON.parse(inline.textContent ?? '');
    } catch (error) {
      // Browsers count the line and column from the start of the tag's content, not of the page.
      session.fail(
        `the config in <script id="${CONFIG_ELEMENT_ID}"> is not valid JSON (${describeError(error)}; ` +
          'counted from the start of that tag\'s content). No banner is shown and nothing optional runs until it is fixed',
      );
      return;
    }
    session.start(config);
    return;
  }
  const url = script?.getAttribute('data-config');
  if (url) {
    session.start(fetchConfig(new URL(url, document.baseURI).href), {
      consentModeDefault: script!.hasAttribute('data-google-consent-mode'),
      microsoftDefault: script!.hasAttribute('data-microsoft-consent-mode'),
    });
    return;
  }
  // No config on the page (yet): the page may still call CookieConsent.init(config).
  document.addEventListener('DOMContentLoaded', () =>
    session.fail(
      `no config found: put <script type="application/json" id="${CONFIG_ELEMENT_ID}">{…}</script> before this script, ` +
        'give this script data-config="/url.json", or call CookieConsent.init(config)',
    ),
  );
}

/** Starts the one-tag embed: the lazy chunks sit beside this script, wherever the site serves it from. */
export function startPage(blocker: SessionEnvironment['blocker'] = null): PageSession | null {
  const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
  warnIfNotFirst(script);
  const base = script?.src || document.baseURI;
  const beside = <T>(file: string): Promise<T> => import(new URL(CHUNK_FOLDER + file, base).href) as Promise<T>;
  const session = createSession({
    loadController: () => {
      // The chunks it (and the UI) import come in the same round trip, not after it has arrived.
      // A failure here fails the controller's own import too, which reports it.
      for (const file of SHARED_CHUNKS) beside(file).catch(() => undefined);
      return beside('cookie-consent-controller.js');
    },
    loadUi: () => beside('cookie-consent-ui.js'),
    loadEngine: () => beside('cookie-consent-engine.js'),
    loadCleaner: () => beside('chunks/cookie-cleaner.js'),
    prefetch: (language) => {
      // Language chunks are named by their code (chunkFileNames in rollup.config.mjs).
      for (const file of ['cookie-consent-controller.js', 'cookie-consent-ui.js', ...SHARED_CHUNKS, `i18n/${language}.js`]) {
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = new URL(CHUNK_FOLDER + file, base).href;
        // Only the fetch matters: the module map keeps the result for the import that follows.
        link.onload = link.onerror = () => link.remove();
        document.head.append(link);
      }
    },
    blocker,
  });
  if (session) startFromPage(session, script);
  return session;
}
