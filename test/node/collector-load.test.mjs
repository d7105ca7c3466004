// Load and faults, on SQLite and PostgreSQL, against a collector process on
// 127.0.0.1 only: a bounded load test (two clients, a few seconds) with zero
// loss, a mixed soak (receipts from several clients while an auditor exports,
// over and over), and a SIGKILL mid-load followed by a restart on the same
// database. Figures are printed as test diagnostics. COLLECTOR_LOAD_SECONDS sets the
// load test's length (default 5), COLLECTOR_LOAD_LOG_LEVEL the server's log level (default warn).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { backends } from './support/backends.mjs';
import { loadCore } from './support/build-collector.mjs';
import { spawnCollector } from './support/collector-process.mjs';
import { bigLog, insertRows } from './support/big-log.mjs';
import { TOKEN, makeEntry, shownText } from './support/consent-fixtures.mjs';

const core = await loadCore();
const LOAD_SECONDS = Number(process.env.COLLECTOR_LOAD_SECONDS ?? 5);
const CLIENTS = 2;
const SOAK_CLIENTS = 4;
const VISITORS_PER_CLIENT = 25;

function postJson(agent, url, body) {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/v1/receipts`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode, json: JSON.parse(text) });
        } catch (error) {
          reject(error);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * One client: sends its visitors' next decisions one request at a time until
 * `shouldStop()` or the server goes away. Returns what it sent and what came back.
 */
async function runClient(url, { shouldStop, text, deadline }) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const visitors = Array.from({ length: VISITORS_PER_CLIENT }, () => ({ consentId: crypto.randomUUID(), seq: 0, prevHash: core.GENESIS_HASH }));
  const sent = [];
  const receipts = [];
  const latencies = [];
  let failure = null;
  try {
    for (let i = 0; !shouldStop() && Date.now() < deadline; i++) {
      const visitor = visitors[i % visitors.length];
      const entry = await makeEntry({ consentId: visitor.consentId, seq: visitor.seq, prevHash: visitor.prevHash, textHash: text.hash });
      const body = JSON.stringify({ entries: [entry], ...(visitor.seq === 0 ? { texts: { [text.hash]: text.text } } : {}) });
      sent.push(entry);
      const started = performance.now();
      let response;
      try {
        response = await postJson(agent, url, body);
      } catch (error) {
        failure = error;
        break;
      }
      latencies.push(performance.now() - started);
      assert.equal(response.status, 200, JSON.stringify(response.json));
      receipts.push(...response.json.receipts);
      visitor.seq += 1;
      visitor.prevHash = entry.hash;
    }
  } finally {
    agent.destroy();
  }
  return { sent, receipts, latencies, failure };
}

async function runClients(url, options, clients = CLIENTS) {
  const results = await Promise.all(Array.from({ length: clients }, () => runClient(url, options)));
  return {
    sent: results.flatMap((result) => result.sent),
    receipts: results.flatMap((result) => result.receipts),
    latencies: results.flatMap((result) => result.latencies).sort((a, b) => a - b),
    failures: results.map((result) => result.failure).filter(Boolean),
  };
}

/** An auditor exporting the whole log again and again, JSON and CSV in turn, until the deadline. */
async function runAuditor(url, deadline) {
  const durations = [];
  let bytes = 0;
  for (let i = 0; Date.now() < deadline; i++) {
    const started = performance.now();
    const response = await fetch(`${url}/v1/export?format=${i % 2 ? 'csv' : 'json'}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(response.status, 200);
    for await (const chunk of response.body) bytes += chunk.length;
    durations.push(performance.now() - started);
  }
  return { durations: durations.sort((a, b) => a - b), bytes };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function storedKeys(database) {
  const rows = await database.query('select consent_id, seq, hash from entries');
  return new Map(rows.map((row) => [`${row.consent_id}/${Number(row.seq)}`, row.hash]));
}

/** Stops the server cleanly; checks one "accepted" receipt per entry sent and every acknowledged one stored. */
async function stopAndCheckStored(server, database, run) {
  assert.deepEqual(run.failures, []);
  server.child.kill('SIGTERM');
  assert.equal((await server.exited).code, 0);
  const counts = {};
  for (const { status } of run.receipts) counts[status] = (counts[status] ?? 0) + 1;
  assert.deepEqual(counts, { accepted: run.sent.length }, 'one "accepted" receipt per entry sent');
  const stored = await storedKeys(database);
  const lost = run.receipts.filter((receipt) => stored.get(`${receipt.consentId}/${receipt.seq}`) !== receipt.hash).length;
  assert.equal(lost, 0, 'every acknowledged receipt is stored');
  return { stored, lost };
}

const serveArgs = (database) => ['--db', database.db, '--key', join(database.dir, 'key.pem'), '--rate-limit', '0', '--log-level', process.env.COLLECTOR_LOAD_LOG_LEVEL ?? 'warn'];

for (const backend of backends) {
  describe(`collector under load on ${backend.name}`, { skip: backend.skip }, () => {
    test(`${CLIENTS} clients for ${LOAD_SECONDS} s on 127.0.0.1: every acknowledged receipt is stored`, async (t) => {
      const database = await backend.create();
      const text = await shownText('Load');
      let server;
      try {
        server = await spawnCollector(serveArgs(database));
        const started = performance.now();
        const run = await runClients(server.url, { shouldStop: () => false, text, deadline: Date.now() + LOAD_SECONDS * 1000 });
        const seconds = (performance.now() - started) / 1000;
        const { stored } = await stopAndCheckStored(server, database, run);
        assert.equal(stored.size, run.receipts.length);

        const rate = run.receipts.length / seconds;
        const p50 = percentile(run.latencies, 50);
        const p99 = percentile(run.latencies, 99);
        t.diagnostic(
          `collector load (${backend.name}): ${run.receipts.length} receipts in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} receipts/s; ` +
            `latency p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms; ${CLIENTS} clients, 1 entry per request; ${stored.size} stored, 0 lost`,
        );
        assert.ok(run.receipts.length > 0);
      } finally {
        server?.child.kill('SIGKILL');
        await server?.exited;
        await database.cleanup();
      }
    });

    test(`mixed soak: ${SOAK_CLIENTS} clients send receipts while an auditor exports, ${LOAD_SECONDS} s on 127.0.0.1`, async (t) => {
      const database = await backend.create();
      const text = await shownText('Soak');
      let server;
      try {
        server = await spawnCollector(serveArgs(database), { COLLECTOR_TOKEN: TOKEN });
        // A site with history: 5,000 entries already stored, so that each export takes a while.
        await insertRows(database, await bigLog({ entries: 5000, categories: 8, textHash: text.hash, prefix: 'history' }));
        const started = performance.now();
        const deadline = Date.now() + LOAD_SECONDS * 1000;
        const [run, auditor] = await Promise.all([runClients(server.url, { shouldStop: () => false, text, deadline }, SOAK_CLIENTS), runAuditor(server.url, deadline)]);
        const seconds = (performance.now() - started) / 1000;
        const { lost } = await stopAndCheckStored(server, database, run);
        assert.ok(auditor.durations.length > 0, 'the auditor finished at least one export');
        t.diagnostic(
          `collector soak (${backend.name}): ${run.receipts.length} receipts from ${SOAK_CLIENTS} clients in ${seconds.toFixed(1)} s, ` +
            `latency p50 ${percentile(run.latencies, 50).toFixed(1)} ms, p99 ${percentile(run.latencies, 99).toFixed(1)} ms; ` +
            `${auditor.durations.length} exports (JSON and CSV in turn, ${(auditor.bytes / auditor.durations.length / 1e6).toFixed(1)} MB each), ` +
            `p50 ${percentile(auditor.durations, 50).toFixed(0)} ms, p99 ${percentile(auditor.durations, 99).toFixed(0)} ms; ${lost} acknowledged receipts lost`,
        );
      } finally {
        server?.child.kill('SIGKILL');
        await server?.exited;
        await database.cleanup();
      }
    });

    test('SIGKILL mid-load, restart: every acknowledged receipt survives, re-sending stores no duplicates', async (t) => {
      const database = await backend.create();
      const text = await shownText('Crash');
      let server;
      let restarted;
      try {
        server = await spawnCollector(serveArgs(database));
        const killed = { at: 0 };
        setTimeout(() => {
          killed.at = Date.now();
          server.child.kill('SIGKILL');
        }, 1500);
        const run = await runClients(server.url, { shouldStop: () => false, text, deadline: Date.now() + 15_000 });
        assert.equal((await server.exited).signal, 'SIGKILL');
        assert.equal(run.failures.length, CLIENTS, 'both clients saw the server die');
        const acknowledged = run.receipts;
        assert.ok(acknowledged.length > 0);

        restarted = await spawnCollector(serveArgs(database));
        const stored = await storedKeys(database);
        for (const receipt of acknowledged) assert.equal(stored.get(`${receipt.consentId}/${receipt.seq}`), receipt.hash, 'acknowledged before the kill, stored after it');

        // The widget's outbox re-sends whatever it has no receipt for; here, everything, in order.
        const original = new Map(acknowledged.map((receipt) => [`${receipt.consentId}/${receipt.seq}`, receipt]));
        const resent = [];
        for (let i = 0; i < run.sent.length; i += 100) {
          const body = JSON.stringify({ entries: run.sent.slice(i, i + 100) });
          const agent = new Agent({ keepAlive: false });
          const response = await postJson(agent, restarted.url, body);
          assert.equal(response.status, 200);
          resent.push(...response.json.receipts);
        }
        for (const receipt of resent) {
          const before = original.get(`${receipt.consentId}/${receipt.seq}`);
          if (before) {
            assert.equal(receipt.status, 'duplicate');
            assert.equal(receipt.receivedAt, before.receivedAt, 'a duplicate carries the original time');
          } else {
            assert.ok(['accepted', 'duplicate'].includes(receipt.status), `${receipt.status} for an entry in flight at the kill`);
          }
        }
        const rows = await database.query('select consent_id, seq, count(*) as n from entries group by consent_id, seq having count(*) > 1');
        assert.deepEqual(rows, []);
        assert.equal((await storedKeys(database)).size, run.sent.length, 'each entry stored exactly once');
        assert.equal(Number((await database.query('select count(*) as n from flags'))[0].n), 0, 'no gaps or forks');
        const inFlight = resent.filter((receipt) => !original.has(`${receipt.consentId}/${receipt.seq}`));
        t.diagnostic(
          `collector kill (${backend.name}): ${acknowledged.length} receipts acknowledged before SIGKILL, all present after restart; ` +
            `${inFlight.length} in flight (${inFlight.filter((r) => r.status === 'duplicate').length} had been stored, ${inFlight.filter((r) => r.status === 'accepted').length} had not); 0 duplicates`,
        );
      } finally {
        server?.child.kill('SIGKILL');
        restarted?.child.kill('SIGKILL');
        await server?.exited;
        await restarted?.exited;
        await database.cleanup();
      }
    });
  });
}
