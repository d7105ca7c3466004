import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Test-only routes on the web-test-runner server:
//   /__page?spec=…             a site page built from a JSON spec, with the real embed first in <head>
//   /__tracker/TOKEN/NAME.js   a stand-in third-party script; every request to it is recorded
//   /__requests/TOKEN          the NAMEs requested under TOKEN, as JSON
// Recording on the server proves what left the page, whatever the page's own code claims.

const requests = new Map();
const collectors = new Map();
const state0 = (token) => {
  if (!collectors.has(token)) collectors.set(token, { batches: [], failWith: 0, preflights: 0 });
  return collectors.get(token);
};

function readJson(request) {
  return new Promise((resolve, reject) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => {
      try {
        resolve(JSON.parse(text));
      } catch (error) {
        reject(error);
      }
    });
  });
}

const escapeJsonForScript = (json) => json.replace(/</g, '\\u003c');

/** Runs before the embed: records console errors and anything thrown to the page. */
const PREAMBLE = `<script data-cookie-consent-before>
  window.__errors = []; window.__warnings = []; window.__uncaught = [];
  const originalError = console.error.bind(console);
  const originalWarn = console.warn.bind(console);
  console.error = (...args) => { window.__errors.push(args.map(String).join(' ')); originalError(...args); };
  console.warn = (...args) => { window.__warnings.push(args.map(String).join(' ')); originalWarn(...args); };
  window.addEventListener('error', (e) => window.__uncaught.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => window.__uncaught.push(String(e.reason)));
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
</script>`;

/** A strict policy like a careful site's: nothing inline without the nonce, no eval. */
const strictCsp = (nonce, scripts = `'self' 'nonce-${nonce}'`) =>
  `default-src 'self'; script-src ${scripts}; style-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'self'`;
/** The nonce-only kind Google recommends: scripts a trusted script inserts are trusted, parser-inserted ones need the nonce. */
const strictDynamicCsp = (nonce) => strictCsp(nonce, `'nonce-${nonce}' 'strict-dynamic'`);

function renderPage(spec, nonce) {
  const lang = spec.lang ?? 'en';
  let config = '';
  if (spec.config !== undefined) {
    const text = typeof spec.config === 'string' ? spec.config : JSON.stringify(spec.config);
    config = `<script type="application/json" id="cookie-consent-config">${escapeJsonForScript(text)}</script>`;
  }
  const embedAttributes = spec.embedAttributes ?? '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${nonce ? PREAMBLE.replace('<script ', `<script nonce="${nonce}" `) : PREAMBLE}
${spec.beforeEmbed ?? ''}
${config}
<script src="${spec.embedSrc ?? '/dist/web/cookie-consent.js'}" ${embedAttributes}></script>
<title>Test page</title>
${spec.head ?? ''}
</head>
<body>
${spec.body ?? '<main><h1>Test page</h1><p>Some text.</p></main>'}
</body>
</html>`;
}

export function testServerMiddleware() {
  return async function testRoutes(context, next) {
    const url = new URL(context.url, 'http://localhost');
    if (url.pathname === '/__page') {
      const spec = JSON.parse(url.searchParams.get('spec') ?? '{}');
      context.type = 'html';
      context.set('cache-control', 'no-store');
      const nonce = spec.csp ? randomBytes(12).toString('base64') : null;
      if (nonce) context.set('content-security-policy', spec.csp === 'strict-dynamic' ? strictDynamicCsp(nonce) : strictCsp(nonce));
      context.body = renderPage(spec, nonce).replaceAll('{{CSP_NONCE}}', nonce ?? '');
      return;
    }
    const altered = /^\/__dist-(without|slow|log)\/([\w.%~-]+)\/([\w/.-]+\.js)$/.exec(url.pathname);
    if (altered) {
      // The built widget served from a folder that lacks one file, as when a deploy forgot a chunk
      // (`without`), or where one file takes a second to arrive (`slow`); or served as is, with every
      // file recorded under a token as it is asked for (`log`: /__dist-log/TOKEN/cookie-consent.js, read
      // with /__requests/TOKEN). A file in a subfolder is
      // named with its slash encoded: /__dist-without/chunks%2Fx.js/cookie-consent.js. A `~tag` after
      // the name gives a test URLs of its own: the browser's memory cache may hand a file that another
      // test's page fetched from the same URL to this one at once, slow or not.
      const [, how, encodedName, file] = altered;
      const named = decodeURIComponent(encodedName).replace(/~.*$/, '');
      const path = join('dist/web', file);
      // Tests name a chunk without the content-hashed folder it sits in.
      const chunk = file.replace(/^[0-9a-f]{12}\//, '');
      context.set('cache-control', 'no-store');
      if (how === 'slow' && chunk === named) await new Promise((resolve) => setTimeout(resolve, 1000));
      if (how === 'log') {
        if (!requests.has(named)) requests.set(named, []);
        requests.get(named).push(chunk);
      }
      if ((how === 'without' && chunk === named) || file.includes('..') || !existsSync(path)) {
        context.status = 404;
        context.body = 'not found';
        return;
      }
      context.type = 'js';
      context.body = readFileSync(path, 'utf8');
      return;
    }
    const tracker = /^\/__tracker\/([\w-]+)\/([\w.-]+)\.js$/.exec(url.pathname);
    if (tracker) {
      const [, token, name] = tracker;
      if (!requests.has(token)) requests.set(token, []);
      requests.get(token).push(name);
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      context.type = 'js';
      context.set('cache-control', 'no-store');
      context.body = `(window.__ran = window.__ran || []).push(${JSON.stringify(name)});`;
      return;
    }
    const log = /^\/__requests\/([\w-]+)$/.exec(url.pathname);
    if (log) {
      context.type = 'json';
      context.set('cache-control', 'no-store');
      context.body = JSON.stringify(requests.get(log[1]) ?? []);
      return;
    }
    const collector = /^\/__collector\/([\w-]+)\/v1\/receipts$/.exec(url.pathname);
    if (collector) {
      // A stand-in collector: records what arrives, answers with receipts (or fails on request).
      const [, token] = collector;
      context.set('access-control-allow-origin', context.get('origin') || '*');
      // No allow-headers: the widget sends a CORS "simple" request (text/plain), which needs no preflight.
      context.set('access-control-allow-methods', 'POST');
      if (context.method === 'OPTIONS') {
        state0(token).preflights += 1;
        context.status = 204;
        return;
      }
      const body = await readJson(context.req);
      const state = state0(token);
      if (state.failWith) {
        context.status = state.failWith;
        context.body = JSON.stringify({ error: 'down for the test' });
        return;
      }
      if (state.maxEntries && body.entries.length > state.maxEntries) {
        context.status = 413;
        context.body = JSON.stringify({ error: 'too many entries for the test' });
        return;
      }
      state.batches.push(body);
      context.type = 'json';
      context.body = JSON.stringify({
        receipts: body.entries.map((entry) => ({
          consentId: entry.consentId, seq: entry.seq, hash: entry.hash, receivedAt: new Date().toISOString(),
          status: 'accepted', keyId: 'test', signature: 'test-signature',
        })),
      });
      return;
    }
    const collectorControl = /^\/__collector-control\/([\w-]+)$/.exec(url.pathname);
    if (collectorControl) {
      const [, token] = collectorControl;
      const state = state0(token);
      if (url.searchParams.has('failWith')) state.failWith = Number(url.searchParams.get('failWith'));
      if (url.searchParams.has('maxEntries')) state.maxEntries = Number(url.searchParams.get('maxEntries'));
      context.type = 'json';
      context.body = JSON.stringify(state);
      return;
    }
    const configFile = /^\/__config\/([\w-]+)\.json$/.exec(url.pathname);
    if (configFile) {
      // A config served from a URL, for data-config: the spec travels in the query.
      const status = Number(url.searchParams.get('status') ?? 200);
      context.status = status;
      context.type = 'json';
      context.body = url.searchParams.get('body') ?? '{}';
      return;
    }
    return next();
  };
}
