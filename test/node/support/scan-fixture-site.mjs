// A small site with planted consent faults, for the scanner's tests. It runs on
// 127.0.0.1 only; its "third-party" hosts are mapped to loopback by the scan's
// --browser-arg --host-resolver-rules, so every request stays on this machine.
//
// Planted, each to be reported as its own violation:
//   /                 an unmarked tag writing a cookie (unmarked_id), storage writes
//                     before consent (early_key, early-db, early-cache), a tracker request from an unmarked tag
//                     (www.google-analytics.com), a marked tag writing cookies the config
//                     does not declare (undeclared_stat, and _ga_FIX123, a well-known name), a marked tag whose HttpOnly
//                     cookie survives withdrawal (sticky_ad), a link to /second.html
//   /second.html      an unmarked tag writing a cookie (second_page_id)
//   /plain.html       no consent widget at all, one unmarked cookie (plain_id)
//   /config.json      the config above, for --config URL
//   /broken-config.html  the widget with an invalid config (it fails closed: no banner)
//   /other-tool.html  another consent tool (vanilla-cookieconsent 3, as it comes, bots not
//                     excepted) holding back a tag that sets _ga until the visitor accepts
// Allowed: site_session, a Set-Cookie of the site's own declared under a required category.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../../dist/web/', import.meta.url));
const vanilla = fileURLToPath(new URL('../../../node_modules/vanilla-cookieconsent/dist/', import.meta.url));

export const FIXTURE_CONFIG = {
  owner: 'Fixture Ltd.',
  revision: 1,
  categories: {
    necessary: { required: true, services: { site: { label: 'Site session', cookies: [{ name: 'site_session', duration: 'session' }] } } },
    analytics: {
      services: {
        stats: {
          label: 'Stats',
          provider: 'Fixture Ltd.',
          cookies: [
            { name: '_ga', duration: '2 years' },
            { name: 'declared_never', duration: '1 year' },
          ],
        },
      },
    },
    marketing: { services: { ads: { label: 'Ads', provider: 'Ad Co.', cookies: [{ name: 'sticky_ad', duration: '90 days' }] } } },
  },
};

const page = (body, { widget = true, config = FIXTURE_CONFIG } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fixture</title>
${widget ? `<script type="application/json" id="cookie-consent-config">${JSON.stringify(config)}</script>
<script src="/cookie-consent/cookie-consent.js"></script>` : ''}
</head><body>${body}
<footer><a href="#settings" data-cookie-consent="open">Cookie settings</a></footer>
</body></html>`;

const scripts = (port) => ({
  '/js/unmarked-cookie.js': `document.cookie = 'unmarked_id=1; path=/; max-age=86400';`,
  '/js/storage-early.js': `localStorage.setItem('early_key', 'x'); indexedDB.open('early-db'); caches.open('early-cache');`,
  '/js/beacon.js': `fetch('http://www.google-analytics.com:${port}/g/collect?v=2', { mode: 'no-cors' }).catch(() => {});`,
  '/js/marked-stats.js': `document.cookie = '_ga=GA1.1.1; path=/; max-age=63072000'; document.cookie = 'undeclared_stat=1; path=/; max-age=2592000'; document.cookie = '_ga_FIX123=GS1.1; path=/; max-age=63072000';`,
  // HttpOnly: no script (the widget's cleaner included) can see or delete it, so it survives withdrawal.
  '/js/marked-ads.js': `fetch('/track/sticky', { credentials: 'same-origin' }).catch(() => {});`,
  // Through the Cookie Store API, which bypasses document.cookie.
  '/js/second-page.js': `cookieStore.set({ name: 'second_page_id', value: '1', path: '/', expires: Date.now() + 86400000 });`,
  '/js/plain.js': `document.cookie = 'plain_id=1; path=/; max-age=86400';`,
  '/js/other-tool-stats.js': `document.cookie = '_ga=GA1.1.2; path=/; max-age=63072000';`,
});

function pages() {
  return {
    '/': page(`<h1>Home</h1>
<script src="/js/unmarked-cookie.js"></script>
<script src="/js/storage-early.js"></script>
<script src="/js/beacon.js"></script>
<script type="text/plain" data-category="analytics" data-src="/js/marked-stats.js"></script>
<script type="text/plain" data-category="marketing" data-src="/js/marked-ads.js"></script>
<p><a href="/second.html">Second page</a></p>`),
    '/second.html': page(`<h1>Second</h1><script src="/js/second-page.js"></script><p><a href="/">Home</a></p>`),
    '/broken-config.html': page(`<h1>Invalid config</h1>`, { config: { revision: 'one', categories: {} } }),
    '/plain.html': page(`<h1>No widget</h1><script src="/js/plain.js"></script>`, { widget: false }),
    '/other-tool.html': page(
      `<h1>Another consent tool</h1>
<link rel="stylesheet" href="/vendor/cookieconsent/cookieconsent.css">
<script type="text/plain" data-category="analytics" src="/js/other-tool-stats.js"></script>
<script type="module">
import * as CookieConsent from '/vendor/cookieconsent/cookieconsent.esm.js';
CookieConsent.run({
  categories: { necessary: { enabled: true, readOnly: true }, analytics: {} },
  language: { default: 'en', translations: { en: {
    consentModal: { title: 'Cookies', description: 'We use cookies.', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all' },
    preferencesModal: { title: 'Preferences', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all', sections: [] },
  } } },
});
</script>`,
      { widget: false },
    ),
  };
}

/** Starts the fixture site on 127.0.0.1 and a free port; resolves to { origin, port, close }. */
export async function startFixtureSite() {
  let port = 0;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const host = (request.headers.host ?? '').split(':')[0];
    if (host !== '127.0.0.1') {
      // A "third party" mapped to loopback: answer like a tracker endpoint, with nothing.
      response.writeHead(204, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    const html = pages()[url.pathname];
    if (html) {
      const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
      if (url.pathname === '/') headers['set-cookie'] = 'site_session=abc; Path=/; HttpOnly; SameSite=Lax';
      response.writeHead(200, headers).end(html);
      return;
    }
    const script = scripts(port)[url.pathname];
    if (script) {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(script);
      return;
    }
    if (url.pathname === '/config.json') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(FIXTURE_CONFIG));
      return;
    }
    if (url.pathname === '/track/sticky') {
      response.writeHead(204, { 'set-cookie': 'sticky_ad=1; Path=/; Max-Age=7776000; HttpOnly; SameSite=Lax' }).end();
      return;
    }
    if (url.pathname.startsWith('/vendor/cookieconsent/')) {
      const name = url.pathname.slice('/vendor/cookieconsent/'.length);
      const body = /^cookieconsent\.(esm\.js|css)$/.test(name) ? await readFile(join(vanilla, name)) : null;
      if (body) {
        response.writeHead(200, { 'content-type': name.endsWith('.css') ? 'text/css' : 'text/javascript; charset=utf-8' }).end(body);
        return;
      }
    }
    if (url.pathname.startsWith('/cookie-consent/')) {
      const file = normalize(join(dist, url.pathname.slice('/cookie-consent/'.length)));
      const body = file.startsWith(dist) ? await readFile(file).catch(() => null) : null;
      if (body) {
        response.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript; charset=utf-8' : 'application/octet-stream' }).end(body);
        return;
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
