// The collector's HTTP surface and command line, independent of the database
// (run on SQLite): CORS, rate limiting, the public key, truncated IPs and
// logs, the signing key file, `serve`/`export`/`--help`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { backends } from './support/backends.mjs';
import { collectorBundle, loadCollector, loadCore } from './support/build-collector.mjs';
import { TOKEN, makeChain, postReceipts, statuses } from './support/consent-fixtures.mjs';
import { freePort, spawnCollector, waitForHealth } from './support/collector-process.mjs';

const { startCollector, truncateIp } = await loadCollector();
const core = await loadCore();
const sqlite = backends[0];
const ALLOWED = 'https://news.example';
const ALSO_ALLOWED = 'https://shop.example:8443';

/** Writes raw bytes to the server and resolves with everything it answers, once it closes the connection. */
function rawExchange(url, bytes) {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port), hostname, () => socket.write(bytes));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

const bodyOf = (answer) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

function cli(args, env = {}) {
  return new Promise((resolve) => {
    collectorBundle().then((bundle) =>
      execFile(process.execPath, [bundle, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        resolve({ code: error ? error.code : 0, stdout, stderr }),
      ),
    );
  });
}

describe('collector HTTP surface', () => {
  let database;
  let collector;

  before(async () => {
    database = await sqlite.create();
    collector = await startCollector({
      db: database.db,
      port: 0,
      keyFile: join(database.dir, 'key.pem'),
      token: TOKEN,
      logLevel: 'silent',
      rateLimit: 0,
      origins: [ALLOWED, ALSO_ALLOWED],
    });
  });
  after(async () => {
    await collector?.close();
    await database?.cleanup();
  });

  test('CORS: receipts from the configured origins only, and on the receipts route only', async () => {
    const preflight = (origin, path = '/v1/receipts') =>
      fetch(`${collector.url}${path}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

    for (const origin of [ALLOWED, ALSO_ALLOWED]) {
      const allowed = await preflight(origin);
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), origin);
      assert.match(allowed.headers.get('access-control-allow-methods'), /POST/);
      assert.match(allowed.headers.get('access-control-allow-headers'), /content-type/i);
    }
    const refused = await preflight('https://evil.example');
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
    const lookalike = await preflight('https://news.example.evil.example');
    assert.equal(lookalike.headers.get('access-control-allow-origin'), null);

    const entries = await makeChain(1);
    const post = await postReceipts(collector.url, { entries }, { origin: ALLOWED });
    assert.equal(post.status, 200);
    assert.equal(post.headers.get('access-control-allow-origin'), ALLOWED);
    const foreign = await postReceipts(collector.url, { entries }, { origin: 'https://evil.example' });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);

    // The auditor API and the rest never answer a browser on another origin.
    for (const path of ['/v1/export', '/v1/flags', '/health', '/.well-known/cookie-consent-collector.json']) {
      const options = await preflight(ALLOWED, path);
      assert.equal(options.headers.get('access-control-allow-origin'), null, path);
      assert.equal(options.status, 404, path);
      const get = await fetch(`${collector.url}${path}`, { headers: { origin: ALLOWED, authorization: `Bearer ${TOKEN}` } });
      assert.equal(get.headers.get('access-control-allow-origin'), null, path);
    }
  });

  test('the public key, the health check, and JSON errors for unknown paths', async () => {
    const keyDoc = await (await fetch(`${collector.url}/.well-known/cookie-consent-collector.json`)).json();
    assert.deepEqual(Object.keys(keyDoc).slice(0, 4), ['algorithm', 'keyId', 'publicKey', 'publicKeyJwk']);
    assert.deepEqual({ ...keyDoc.publicKeyJwk, x: undefined, kid: undefined }, { kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', x: undefined, kid: undefined });
    assert.deepEqual(await (await fetch(`${collector.url}/health`)).json(), { ok: true });
    const missing = await fetch(`${collector.url}/v2/nothing`);
    assert.equal(missing.status, 404);
    assert.deepEqual(await missing.json(), { error: 'not found' });
  });

  test('a text/plain body (a page-hide send without preflight) is read as JSON too', async () => {
    const entries = await makeChain(2);
    const response = await fetch(`${collector.url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8' }, body: JSON.stringify({ entries }) });
    assert.equal(response.status, 200);
    assert.deepEqual((await response.json()).receipts.map((r) => r.status), ['accepted', 'accepted']);
  });

  test('no IP address is stored by default', async () => {
    const rows = await database.query('select ip from entries');
    assert.ok(rows.length > 0);
    assert.ok(rows.every((row) => row.ip === null));
  });

  test('truncateIp keeps only the network', () => {
    assert.equal(truncateIp('203.0.113.77'), '203.0.113.0/24');
    assert.equal(truncateIp('::ffff:198.51.100.9'), '198.51.100.0/24');
    assert.equal(truncateIp('2001:db8:85a3:8d3:1319:8a2e:370:7348'), '2001:db8:85a3::/48');
    assert.equal(truncateIp('2001:db8::1'), '2001:db8::/48');
    assert.equal(truncateIp('::1'), '::/48');
    assert.equal(truncateIp('fe80::1%eth0'), 'fe80::/48');
    assert.equal(truncateIp('2001:db8:ffff:1::'), '2001:db8:ffff::/48');
    assert.equal(truncateIp('not an address'), null);
    assert.equal(truncateIp(undefined), null);
  });
});

describe('collector limits and settings', () => {
  test('a flood gets 429 with a JSON error, and the server stays up', async () => {
    const database = await sqlite.create();
    const collector = await startCollector({ db: database.db, port: 0, keyFile: join(database.dir, 'key.pem'), logLevel: 'silent', rateLimit: 5 });
    try {
      const entries = await makeChain(1);
      const results = [];
      for (let i = 0; i < 8; i++) results.push(await postReceipts(collector.url, { entries }));
      assert.deepEqual(results.map((r) => r.status), [200, 200, 200, 200, 200, 429, 429, 429]);
      assert.match(results[5].json.error, /too many requests/);
      assert.deepEqual(await (await fetch(`${collector.url}/health`)).json(), { ok: true });
      assert.equal((await database.query('select count(*) as n from entries'))[0].n, 1);
      // Without a configured token the auditor API is off.
      const off = await fetch(`${collector.url}/v1/export`, { headers: { authorization: 'Bearer anything-at-all-here' } });
      assert.equal(off.status, 401);
      assert.match((await off.json()).error, /--token/);
    } finally {
      await collector.close();
      await database.cleanup();
    }
  });

  test('--store-ip truncated keeps the /24, and the key file is created 0600 and reused', async () => {
    const database = await sqlite.create();
    const keyFile = join(database.dir, 'key.pem');
    const options = { db: database.db, port: 0, keyFile, logLevel: 'silent', rateLimit: 0, storeIp: 'truncated' };
    let collector = await startCollector(options);
    try {
      const firstKey = collector.keyId;
      assert.equal((await stat(keyFile)).mode & 0o777, 0o600);
      assert.deepEqual(statuses(await postReceipts(collector.url, { entries: await makeChain(1) })), ['accepted']);
      assert.deepEqual((await database.query('select ip from entries')).map((row) => row.ip), ['127.0.0.0/24']);
      await collector.close();
      collector = await startCollector(options);
      assert.equal(collector.keyId, firstKey, 'the same key after a restart');
    } finally {
      await collector.close();
      await database.cleanup();
    }
  });
});

describe('collector hardening', () => {
  test('--trust-proxy trusts the hops or addresses given, not the client\'s own X-Forwarded-For', async () => {
    for (const trust of ['1', '127.0.0.1', 'loopback']) {
      const database = await sqlite.create();
      const server = await spawnCollector(['--db', database.db, '--key', join(database.dir, 'key.pem'), '--rate-limit', '5', '--store-ip', 'truncated', '--trust-proxy', trust, '--log-level', 'silent']);
      try {
        // Our proxy (127.0.0.1) appends the address it saw; the client chose a different left-most one each time.
        const results = [];
        for (let i = 0; i < 8; i++) {
          const entries = await makeChain(1);
          results.push((await postReceipts(server.url, { entries }, { 'x-forwarded-for': `10.9.${i}.1, 198.51.100.7` })).status);
        }
        assert.deepEqual(results, [200, 200, 200, 200, 200, 429, 429, 429], `--trust-proxy ${trust}`);
        assert.deepEqual([...new Set((await database.query('select ip from entries')).map((row) => row.ip))], ['198.51.100.0/24']);
      } finally {
        server.child.kill('SIGKILL');
        await server.exited;
        await database.cleanup();
      }
    }
    const everyHop = await cli(['serve', '--trust-proxy', 'true']);
    assert.equal(everyHop.code, 2);
    assert.match(everyHop.stderr, /--trust-proxy: expected how many proxies.*every hop/);
    assert.equal((await cli(['serve', '--trust-proxy', '10.0.0.0/33'])).code, 2);
  });

  test('bad query times (a leap second), Node\'s own 400 and 431 and the router\'s 400 and 414 are JSON { error }', async () => {
    const database = await sqlite.create();
    const collector = await startCollector({ db: database.db, port: 0, keyFile: join(database.dir, 'key.pem'), token: TOKEN, logLevel: 'silent', rateLimit: 0 });
    try {
      for (const path of ['/v1/export?from=2016-12-31T23:59:60Z', '/v1/export?format=csv&to=2016-12-31T23:59:60Z', '/v1/flags?from=2016-12-31T23:59:60Z']) {
        const response = await fetch(`${collector.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
        assert.equal(response.status, 400, path);
        const body = await response.json();
        assert.deepEqual(Object.keys(body), ['error'], path);
        assert.match(body.error, /querystring\/(from|to): expected an ISO-8601 time/, path);
      }
      const malformed = await rawExchange(collector.url, 'GET /health HTTP/1.1 extra\r\nHost: x\r\n\r\n');
      assert.match(malformed, /^HTTP\/1\.1 400 /);
      assert.deepEqual(bodyOf(malformed), { error: 'malformed HTTP request' });
      const huge = await rawExchange(collector.url, `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      assert.match(huge, /^HTTP\/1\.1 431 /);
      assert.deepEqual(bodyOf(huge), { error: 'request headers too large' });
      // The router's own 400 and 414.
      for (const [path, status] of [['/v1/texts/%zz', 400], [`/v1/texts/${'a'.repeat(200)}`, 414]]) {
        const response = await fetch(`${collector.url}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } });
        assert.equal(response.status, status, path);
        assert.deepEqual(Object.keys(await response.json()), ['error'], path);
      }
      assert.deepEqual(await (await fetch(`${collector.url}/health`)).json(), { ok: true });
    } finally {
      await collector.close();
      await database.cleanup();
    }
  });

  test('wrong auditor tokens count against the per-client limit too', async () => {
    const database = await sqlite.create();
    const collector = await startCollector({ db: database.db, port: 0, keyFile: join(database.dir, 'key.pem'), token: TOKEN, logLevel: 'silent', rateLimit: 0 });
    try {
      const statusesSeen = [];
      for (let i = 0; i < 125; i++) {
        const response = await fetch(`${collector.url}/v1/flags`, { headers: { authorization: `Bearer wrong-token-number-${i}` } });
        statusesSeen.push(response.status);
        await response.arrayBuffer();
      }
      assert.deepEqual([...new Set(statusesSeen.slice(0, 120))], [401]);
      assert.deepEqual([...new Set(statusesSeen.slice(120))], [429]);
      // The limit is per client and covers the right token as well, until the window passes.
      assert.equal((await fetch(`${collector.url}/v1/flags`, { headers: { authorization: `Bearer ${TOKEN}` } })).status, 429);
    } finally {
      await collector.close();
      await database.cleanup();
    }
  });

  test('the SQLite database is created 0600, like the signing key', async () => {
    const database = await sqlite.create();
    const collector = await startCollector({ db: database.db, port: 0, keyFile: join(database.dir, 'key.pem'), logLevel: 'silent', rateLimit: 0 });
    try {
      await postReceipts(collector.url, { entries: await makeChain(1) });
      for (const file of [database.db, `${database.db}-wal`]) assert.equal((await stat(file)).mode & 0o777, 0o600, file);
    } finally {
      await collector.close();
      await database.cleanup();
    }
  });

  // Timed, like the export-stall test, because the time limit is the behaviour: the README says a client has
  // 30 s for its request. Node checked that only every 30 s, so a slow sender kept its connection for ~60 s.
  // The bound asserted (45 s) leaves room for a loaded machine and still fails on the old ~60 s.
  test('a slow sender is cut off after the stated 30 s (within a few seconds), with a JSON 408', async (t) => {
    const database = await sqlite.create();
    const collector = await startCollector({ db: database.db, port: 0, keyFile: join(database.dir, 'key.pem'), logLevel: 'silent', rateLimit: 0 });
    try {
      const { hostname, port } = new URL(collector.url);
      const started = performance.now();
      const answer = await new Promise((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => socket.write('POST /v1/receipts HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{'));
        let text = '';
        // One byte a second: each byte resets nothing, the whole request must be in within 30 s.
        const drip = setInterval(() => socket.writable && socket.write(' '), 1000);
        const giveUp = setTimeout(() => socket.destroy(), 70_000);
        socket.setEncoding('utf8');
        socket.on('data', (chunk) => (text += chunk));
        socket.on('close', () => {
          clearInterval(drip);
          clearTimeout(giveUp);
          resolve(text);
        });
        socket.on('error', (error) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
      });
      const seconds = (performance.now() - started) / 1000;
      t.diagnostic(`a slow sender was cut off after ${seconds.toFixed(1)} s (stated: 30 s)`);
      assert.match(answer, /^HTTP\/1\.1 408 /);
      assert.deepEqual(bodyOf(answer), { error: 'the request was not received within 30 s' });
      assert.ok(seconds >= 29 && seconds < 45, `cut off after ${seconds.toFixed(1)} s`);
    } finally {
      await collector.close();
      await database.cleanup();
    }
  });
});

describe('cookie-consent-collector command line', () => {
  test('--help, and clear errors for wrong options (exit 2)', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /cookie-consent-collector serve/);
    assert.match(help.stdout, /COLLECTOR_TOKEN/);
    const wrong = await cli(['serve', '--port', 'eighty', '--store-ip', 'full', '--origin', 'https://a.example/path', '--token', 'short', '--categories', 'analytics,Bad Key']);
    assert.equal(wrong.code, 2);
    for (const flag of ['--port', '--store-ip', '--origin', '--token', '--categories']) assert.match(wrong.stderr, new RegExp(flag));
    assert.equal((await cli(['launch'])).code, 2);
    assert.equal((await cli(['serve', '--no-such-flag'])).code, 2);
    assert.equal((await cli(['serve'], { COLLECTOR_RETENTION_DAYS: 'forever' })).code, 2, 'environment variables are checked too');
    const missing = await cli(['export', '--db', '/nonexistent/consent.db']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no database at/);
  });

  test('serve (options from the environment), structured logs without IPs, then export to stdout', async () => {
    const database = await sqlite.create();
    const port = await freePort();
    const bundle = await collectorBundle();
    const server = spawn(process.execPath, [bundle, 'serve', '--port', String(port)], {
      env: { ...process.env, COLLECTOR_DB: database.db, COLLECTOR_KEY: join(database.dir, 'key.pem'), COLLECTOR_TOKEN: TOKEN, COLLECTOR_SITE: 'CLI Press', COLLECTOR_ORIGIN: ALLOWED },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    server.stdout.on('data', (chunk) => (logs += chunk));
    server.stderr.on('data', (chunk) => (logs += chunk));
    const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
    try {
      const url = `http://127.0.0.1:${port}`;
      await waitForHealth(url);
      const entries = await makeChain(3);
      assert.deepEqual(statuses(await postReceipts(url, { entries }, { origin: ALLOWED })), ['accepted', 'accepted', 'accepted']);
      const exported = JSON.parse((await (await fetch(`${url}/v1/export`, { headers: { authorization: `Bearer ${TOKEN}` } })).text()));
      assert.equal(exported.site, 'CLI Press');
      server.kill('SIGTERM');
      assert.equal(await exited, 0, 'a clean shutdown on SIGTERM');

      const lines = logs.trim().split('\n').map((line) => JSON.parse(line));
      assert.ok(lines.some((line) => line.msg === 'collector listening' && line.url === url));
      assert.ok(lines.some((line) => line.msg === 'receipts' && line.receipts.accepted === 3));
      for (const line of lines) {
        assert.equal(line.req?.remoteAddress, undefined);
        assert.equal(line.req?.ip, undefined);
      }
      assert.ok(!logs.includes('remoteAddress'), 'no client address in the logs');

      const json = await cli(['export', '--db', database.db, '--site', 'CLI Press']);
      assert.equal(json.code, 0, json.stderr);
      const file = JSON.parse(json.stdout);
      assert.deepEqual(file.entries, entries);
      assert.ok((await core.verifyExport(file)).ok);
      const csv = await cli(['export', '--format', 'csv', '--consent-id', entries[0].consentId], { COLLECTOR_DB: database.db });
      assert.equal(csv.code, 0, csv.stderr);
      assert.deepEqual(parse(csv.stdout, { columns: true }).map((row) => row.hash), entries.map((entry) => entry.hash));
      const none = await cli(['export', '--db', database.db, '--from', new Date(Date.now() + 60_000).toISOString()]);
      assert.deepEqual(JSON.parse(none.stdout).entries, []);
    } finally {
      server.kill('SIGKILL');
      await exited;
      await database.cleanup();
    }
  });
});
