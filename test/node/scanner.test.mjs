// `cookie-consent-element scan`, run as a site owner or CI would (`node dist/node/cli.js scan …`), in real
// headless Chromium, against a fixture site on loopback with planted faults
// (support/scan-fixture-site.mjs). Every host the pages name is mapped to 127.0.0.1 by
// --host-resolver-rules, so nothing leaves this machine. The fixture site is scanned once
// and each case reads that one report: a scan costs seconds.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_CONFIG, startFixtureSite } from './support/scan-fixture-site.mjs';
import { freePort } from './support/collector-process.mjs';

const cli = fileURLToPath(new URL('../../dist/node/cli.js', import.meta.url));
const LOOPBACK_ONLY = '--browser-arg=--host-resolver-rules=MAP * 127.0.0.1';

function run(args, env = {}) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? error.code : 0, stdout, stderr }),
    );
  });
}

let site;
let dir;
let result;
let report;
let html;

before(async () => {
  site = await startFixtureSite();
  dir = await mkdtemp(join(tmpdir(), 'cc-scan-'));
  result = await run(['scan', `${site.origin}/`, '--pages', '3', '--json', join(dir, 'scan.json'), '--html', join(dir, 'scan.html'), LOOPBACK_ONLY]);
  report = JSON.parse(await readFile(join(dir, 'scan.json'), 'utf8'));
  html = await readFile(join(dir, 'scan.html'), 'utf8');
});

after(() => site?.close());

const path = (url) => new URL(url).pathname;
const violation = (phase, kind, what) =>
  report.violations.filter((v) => v.phase === phase && v.kind === kind && (v.name === what || v.host === what));

test('the fixture site: exit 1, a summary table on stdout, progress per page and phase on stderr', () => {
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stdout, /^phase +cookies +storage +requests +third-party +trackers +violations$/m);
  assert.match(result.stdout, /^\d+ VIOLATIONS on 2 page\(s\)$/m);
  for (const phase of ['before', 'reject', 'accept', 'withdraw']) {
    assert.match(result.stderr, new RegExp(`^\\[${phase}\\] 1 ${site.origin}/ `, 'm'));
    assert.match(result.stderr, new RegExp(`^\\[${phase}\\] 2 ${site.origin}/second.html `, 'm'));
  }
});

test('the JSON report has the fixed keys of cookie-consent-scan/1', () => {
  for (const key of ['format', 'url', 'scannedAt', 'tool', 'browser', 'pages', 'widget', 'phases', 'violations', 'undeclared', 'proposedConfig']) {
    assert.ok(key in report, `missing ${key}`);
  }
  assert.equal(report.format, 'cookie-consent-scan/1');
  assert.equal(report.url, `${site.origin}/`);
  assert.deepEqual(report.widget, { found: true, version: '0.1.0', configSource: 'inline' });
  assert.deepEqual(Object.keys(report.phases), ['before', 'reject', 'accept', 'withdraw']);
  for (const phase of Object.values(report.phases)) {
    assert.ok(Array.isArray(phase.cookies) && Array.isArray(phase.storage) && Array.isArray(phase.requests));
  }
  assert.deepEqual(report.pages.map(path), ['/', '/second.html']);
});

test('an unmarked tag writing a cookie: a violation before any choice and after Reject all, naming the script', () => {
  for (const phase of ['before', 'reject']) {
    const [found] = violation(phase, 'cookie', 'unmarked_id');
    assert.ok(found, `${phase}: ${JSON.stringify(report.violations)}`);
    assert.equal(path(found.page), '/');
    assert.match(found.why, /set by the script http:\/\/127\.0\.0\.1:\d+\/js\/unmarked-cookie\.js/);
  }
  const cookie = report.phases.before.cookies.find((c) => c.name === 'unmarked_id');
  assert.deepEqual(cookie.setBy, { via: 'script', url: `${site.origin}/js/unmarked-cookie.js`, category: null });
});

test('storage writes before consent: a storage violation each, naming the area, key and script', () => {
  for (const name of ['localStorage: early_key', 'indexedDB: early-db', 'cacheStorage: early-cache']) {
    const [found] = violation('before', 'storage', name);
    assert.ok(found, `${name}: ${JSON.stringify(report.violations)}`);
    assert.equal(found.url, site.origin);
    assert.match(found.why, /set by the script http:\/\/127\.0\.0\.1:\d+\/js\/storage-early\.js/);
  }
});

test('a tracker request from an unmarked tag: a request violation naming the host and the script that sent it', () => {
  for (const phase of ['before', 'reject', 'withdraw']) {
    const found = violation(phase, 'request', 'www.google-analytics.com');
    assert.equal(found.length, 1, `${phase}: one violation per host and page`);
    assert.match(found[0].why, /known analytics tracker host.*started by http:\/\/127\.0\.0\.1:\d+\/js\/beacon\.js/);
  }
  const request = report.phases.before.requests.find((r) => r.host === 'www.google-analytics.com');
  assert.equal(request.thirdParty, true);
  assert.equal(request.tracker, 'analytics');
});

test('a marked tag writing a cookie the config does not declare: undeclared, attributed to its category, proposed there', () => {
  const undeclared = report.undeclared.find((c) => c.name === 'undeclared_stat');
  assert.deepEqual(undeclared, { name: 'undeclared_stat', domain: '127.0.0.1', category: 'analytics', phases: ['accept', 'withdraw'] });
  // Marked tags do what they should before consent: neither of its cookies is a violation before or after Reject all.
  for (const phase of ['before', 'reject']) {
    assert.deepEqual(violation(phase, 'cookie', 'undeclared_stat'), []);
    assert.deepEqual(violation(phase, 'cookie', '_ga'), []);
  }
  const stats = report.proposedConfig.categories.analytics.services.stats.cookies;
  assert.deepEqual(stats.at(-1), { name: 'undeclared_stat', duration: '30 days' });
  // A well-known name is proposed by its pattern, under its own service, with its provider (Chromium caps lifetimes at 400 days).
  assert.deepEqual(report.undeclared.find((c) => c.name === '_ga_FIX123'), {
    name: '_ga_FIX123', domain: '127.0.0.1', category: 'analytics', provider: 'Google Ireland Ltd.', phases: ['accept', 'withdraw'],
  });
  assert.deepEqual(report.proposedConfig.categories.analytics.services['google-analytics'], {
    label: 'Google Analytics', provider: 'Google Ireland Ltd.', cookies: [{ name: '_ga_*', duration: '13 months' }],
  });
  assert.deepEqual(report.proposedConfig.unclassified.map((c) => c.name).sort(), ['second_page_id', 'unmarked_id']);
});

test('a cookie that survives withdrawal: a withdraw violation naming its purpose; the cookies the widget deletes are gone', () => {
  const [found] = violation('withdraw', 'cookie', 'sticky_ad');
  assert.ok(found, JSON.stringify(report.violations));
  assert.match(found.why, /still present after consent was withdrawn \(set by the response of .*\/track\/sticky, requested by the script .*\/js\/marked-ads\.js; its tag is marked data-category="marketing"\)/);
  assert.ok(report.phases.accept.cookies.some((c) => c.name === '_ga'), 'accepting ran the analytics tag');
  assert.ok(!report.phases.withdraw.cookies.some((c) => c.name === '_ga'), 'withdrawing deleted its declared cookie');
  const sticky = report.phases.withdraw.cookies.find((c) => c.name === 'sticky_ad');
  assert.equal(sticky.httpOnly, true);
  assert.equal(sticky.sameSite, 'Lax');
  assert.match(report.phases.withdraw.actions[0], /Withdraw consent.*Cookie settings control/);
});

test('a fault on a linked second page is found and reported on that page', () => {
  const [found] = violation('before', 'cookie', 'second_page_id');
  assert.ok(found, JSON.stringify(report.violations));
  assert.equal(path(found.page), '/second.html');
  // Written through cookieStore.set, attributed all the same.
  assert.match(found.why, /set by the script http:\/\/127\.0\.0\.1:\d+\/js\/second-page\.js/);
});

test('what is allowed is not reported: a declared necessary cookie and the consent record', () => {
  const session = report.phases.before.cookies.find((c) => c.name === 'site_session');
  assert.equal(session.setBy.via, 'response');
  assert.equal(session.httpOnly, true);
  assert.ok(report.phases.before.storage.some((s) => s.area === 'indexedDB' && s.name === 'cookie-consent'));
  const reported = report.violations.map((v) => v.name);
  assert.ok(!reported.includes('site_session'));
  assert.ok(!reported.some((name) => name?.includes('cookie-consent')));
  assert.deepEqual(report.declaredNotSeen, [{ name: 'declared_never', category: 'analytics', service: 'stats' }]);
});

test('the HTML report: verdict first, then the first layer, and nothing it could load from anywhere', () => {
  const verdict = html.indexOf('class="verdict fail"');
  const screenshot = html.indexOf('src="data:image/jpeg;base64,');
  assert.ok(verdict > 0 && screenshot > verdict);
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
  assert.doesNotMatch(html, /<(script|link|iframe)\b/i);
  assert.doesNotMatch(html, /\s(src|href)="(?!data:)/i);
  // Text from the site is escaped.
  assert.match(html, /data-category=&quot;analytics&quot;/);
});

test('a site without the widget: only `before` runs, compared with --config; its cookie is a violation', async () => {
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify(FIXTURE_CONFIG));
  const json = join(dir, 'plain.json');
  const plain = await run(['scan', `${site.origin}/plain.html`, '--pages', '1', '--config', config, '--json', json, LOOPBACK_ONLY]);
  assert.equal(plain.code, 1, plain.stderr);
  const scanned = JSON.parse(await readFile(json, 'utf8'));
  assert.equal(scanned.widget.found, false);
  assert.deepEqual(Object.keys(scanned.phases), ['before']);
  assert.match(scanned.notes.join('\n'), /only the `before` phase ran/);
  assert.equal(scanned.config.source, config);
  assert.deepEqual(scanned.violations.map((v) => `${v.phase} ${v.kind} ${v.name}`), ['before cookie plain_id']);
  assert.match(plain.stdout, /^reject +- .*not run$/m);
});

test('a site on another consent tool: reject and accept through autoconsent; its consent record is allowed, its held-back tag runs only after accepting', async () => {
  const json = join(dir, 'other.json');
  const other = await run(['scan', `${site.origin}/other-tool.html`, '--pages', '1', '--config', `${site.origin}/config.json`, '--json', json, LOOPBACK_ONLY]);
  assert.equal(other.code, 0, other.stdout + other.stderr);
  const scanned = JSON.parse(await readFile(json, 'utf8'));
  assert.deepEqual(Object.keys(scanned.phases), ['before', 'reject', 'accept']);
  assert.match(scanned.phases.reject.actions[0], /rejected in the site's consent tool \(cookieconsent3\) through autoconsent/);
  assert.match(scanned.phases.accept.actions[0], /accepted in the site's consent tool \(cookieconsent3\) through autoconsent/);
  const names = (phase) => scanned.phases[phase].cookies.map((c) => c.name).sort();
  assert.deepEqual(names('before'), []);
  assert.deepEqual(names('reject'), ['cc_cookie']);
  assert.deepEqual(names('accept'), ['_ga', 'cc_cookie']);
  assert.match(scanned.notes.join('\n'), /`withdraw` is not among its actions/);
  // Compared with the config given by URL: _ga is declared there, the other tool's record is not.
  assert.equal(scanned.config.source, `${site.origin}/config.json`);
  assert.deepEqual(scanned.undeclared.map((c) => c.name), ['cc_cookie']);
});

test('the widget with an invalid config: only `before` runs, the config problems are reported', async () => {
  const json = join(dir, 'broken.json');
  const broken = await run(['scan', `${site.origin}/broken-config.html`, '--pages', '1', '--json', json, LOOPBACK_ONLY]);
  assert.equal(broken.code, 0, broken.stdout + broken.stderr);
  const scanned = JSON.parse(await readFile(json, 'utf8'));
  assert.deepEqual(Object.keys(scanned.phases), ['before']);
  assert.match(scanned.notes.join('\n'), /config is invalid, so the widget fails closed and shows no banner: only the `before` phase ran/);
  assert.match(scanned.config.problems.join('\n'), /^revision: /m);
  assert.match(broken.stdout, /^config problem: revision: /m);
});

test('the demo site scans clean: exit 0', async () => {
  const port = await freePort();
  const demo = spawn(process.execPath, [fileURLToPath(new URL('../../scripts/serve-demo.mjs', import.meta.url))], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise((resolve) => demo.stdout.once('data', resolve));
    const clean = await run(['scan', `http://127.0.0.1:${port}/`, '--pages', '3', LOOPBACK_ONLY]);
    assert.equal(clean.code, 0, clean.stdout + clean.stderr);
    assert.match(clean.stdout, /^CLEAN: no violation on 2 page\(s\)$/m);
    assert.match(clean.stdout, /^widget: cookie-consent-element 0\.1\.0, config from the page \(inline\)$/m);
  } finally {
    demo.kill();
  }
});

test('an unreachable URL: exit 2 with one clear line', async () => {
  const port = await freePort();
  const unreachable = await run(['scan', `http://127.0.0.1:${port}/`]);
  assert.equal(unreachable.code, 2);
  assert.equal(unreachable.stdout, '');
  assert.match(unreachable.stderr, new RegExp(`^cookie-consent scan: cannot load http://127\\.0\\.0\\.1:${port}/: net::ERR_CONNECTION_REFUSED.*\\n$`));
});

test('bad arguments or no browser: exit 2, saying what is wrong', async () => {
  const bad = await run(['scan', 'ftp://example.com/']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /^cookie-consent scan: <url>: an http\(s\) URL/);
  const pages = await run(['scan', 'http://127.0.0.1/', '--pages', 'many']);
  assert.equal(pages.code, 2);
  assert.match(pages.stderr, /--pages: a whole number from 1 to 200, got "many"/);
  const noBrowser = await run(['scan', 'http://127.0.0.1/'], { CHROME_PATH: '/nonexistent/chromium' });
  assert.equal(noBrowser.code, 2);
  assert.equal(noBrowser.stderr.trim(), 'cookie-consent scan: CHROME_PATH points at /nonexistent/chromium, which does not exist');
});
