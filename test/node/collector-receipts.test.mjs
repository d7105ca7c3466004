// The collector's storage behaviour, on SQLite and on PostgreSQL: receipt
// statuses, signatures, the texts archive, the auditor export, hostile input
// and the retention purge. A real server on 127.0.0.1, real databases.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Buffer } from 'node:buffer';
import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { backends } from './support/backends.mjs';
import { loadCollector, loadCore } from './support/build-collector.mjs';
import { TOKEN, auditorGet, makeChain, makeEntry, postReceipts, shownText, statuses } from './support/consent-fixtures.mjs';

const { startCollector } = await loadCollector();
const core = await loadCore();
const CATEGORY_ORDER = ['necessary', 'functional', 'analytics', 'marketing'];

const count = async (database, table, where = '') => Number((await database.query(`select count(*) as n from ${table} ${where}`))[0].n);
const quoted = (text) => `'${text.replace(/'/g, "''")}'`;

for (const backend of backends) {
  describe(`collector on ${backend.name}`, { skip: backend.skip }, () => {
    let database;
    let collector;

    before(async () => {
      database = await backend.create();
      collector = await startCollector({ db: database.db, port: 0, keyFile: join(database.dir, 'key.pem'), token: TOKEN, logLevel: 'silent', rateLimit: 0, site: 'Test Press' });
    });
    after(async () => {
      await collector?.close();
      await database?.cleanup();
    });

    test('statuses: accepted, duplicate, gap, fork and rejected, each exactly', async () => {
      const chain = await makeChain(5);
      const [e0, e1, e2, e3, e4] = chain;
      const first = await postReceipts(collector.url, { entries: [e0, e1] });
      assert.equal(first.status, 200, first.text);
      assert.deepEqual(statuses(first), ['accepted', 'accepted']);
      assert.deepEqual(first.json.receipts.map((r) => [r.consentId, r.seq, r.hash]), [[e0.consentId, 0, e0.hash], [e1.consentId, 1, e1.hash]]);

      // The same entry again: a duplicate carrying the original time, and nothing new stored.
      const again = await postReceipts(collector.url, { entries: [e1] });
      assert.deepEqual(statuses(again), ['duplicate']);
      assert.equal(again.json.receipts[0].receivedAt, first.json.receipts[1].receivedAt);

      // seq 3 before seq 2: stored, flagged as a gap. Then seq 2 fills it and chains to both sides.
      const skipped = await postReceipts(collector.url, { entries: [e3] });
      assert.deepEqual(statuses(skipped), ['gap']);
      assert.match(skipped.json.receipts[0].problems[0], /no entry with seq 2 is stored/);
      assert.deepEqual(statuses(await postReceipts(collector.url, { entries: [e2, e4] })), ['accepted', 'accepted']);

      // A different entry for an occupied slot: a fork, kept apart, never over the stored one.
      const other = await makeEntry({ consentId: e0.consentId, seq: 1, prevHash: e0.hash, textHash: e0.textHash, overrides: { action: 'save', source: 'preferences' } });
      const fork = await postReceipts(collector.url, { entries: [other] });
      assert.deepEqual(statuses(fork), ['fork']);
      assert.match(fork.json.receipts[0].problems[0], /already stored with hash/);
      const forkAgain = await postReceipts(collector.url, { entries: [other] });
      assert.deepEqual(statuses(forkAgain), ['fork']);
      assert.equal(forkAgain.json.receipts[0].receivedAt, fork.json.receipts[0].receivedAt);

      // prevHash that does not match the stored previous entry: stored, flagged as a fork.
      const [b0] = await makeChain(1);
      const broken = await makeEntry({ consentId: b0.consentId, seq: 1, prevHash: 'ab'.repeat(32), textHash: b0.textHash });
      const wrongStart = await makeEntry({ consentId: `${b0.consentId}-x`, seq: 0, prevHash: 'cd'.repeat(32), textHash: b0.textHash });
      const forked = await postReceipts(collector.url, { entries: [b0, broken, wrongStart] });
      assert.deepEqual(statuses(forked), ['accepted', 'fork', 'fork']);
      assert.match(forked.json.receipts[1].problems[0], /prevHash does not match the stored entry seq 0/);
      // A first entry that does not start from the genesis hash: said so, with no "seq -1" in the words.
      assert.match(forked.json.receipts[2].problems[0], /prevHash does not match the start of a chain \(seq 0 has 64 zeros as prevHash\)/);
      assert.doesNotMatch(forked.json.receipts[2].problems[0], /seq -1/);

      // Not a valid entry: rejected with reasons, not stored.
      const forged = { ...(await makeEntry({ consentId: b0.consentId, seq: 2, prevHash: broken.hash, textHash: b0.textHash })), action: 'accept-all' };
      forged.categories = { ...forged.categories, marketing: true };
      const misshapen = { ...b0, seq: -1, at: 'yesterday' };
      const rejected = await postReceipts(collector.url, { entries: [forged, misshapen] });
      assert.deepEqual(statuses(rejected), ['rejected', 'rejected']);
      assert.match(rejected.json.receipts[0].problems.join(' '), /hash: does not match/);
      assert.deepEqual(rejected.json.receipts[1].problems, ['seq: expected a whole number ≥ 0', 'at: expected an ISO-8601 UTC time']);

      const stored = await database.query(`select seq, status from entries where consent_id = ${quoted(e0.consentId)} order by seq`);
      assert.deepEqual(stored.map((row) => [Number(row.seq), row.status]), [[0, 'accepted'], [1, 'accepted'], [2, 'accepted'], [3, 'gap'], [4, 'accepted']]);
      const storedOne = await database.query(`select entry from entries where consent_id = ${quoted(e0.consentId)} and seq = 1`);
      assert.deepEqual(JSON.parse(storedOne[0].entry), e1, 'the fork did not overwrite');
      assert.equal(await count(database, 'entries', `where consent_id = ${quoted(b0.consentId)}`), 2, 'the forged entry was not stored');
      const flags = await database.query(`select seq, kind, in_entries from flags where consent_id in (${quoted(e0.consentId)}, ${quoted(b0.consentId)}) order by consent_id, seq, kind`);
      const expectedFlags = [[e0.consentId, [[1, 'fork', 0], [3, 'gap', 1]]], [b0.consentId, [[1, 'fork', 1]]]].sort((a, b) => (a[0] < b[0] ? -1 : 1)).flatMap(([, rows]) => rows);
      assert.deepEqual(flags.map((row) => [Number(row.seq), row.kind, Number(row.in_entries)]), expectedFlags);

      const flagList = JSON.parse((await auditorGet(collector.url, `/v1/flags?consentId=${e0.consentId}`)).text);
      assert.deepEqual(flagList.flags.map((flag) => [flag.seq, flag.kind, flag.inEntries]).sort(), [[1, 'fork', false], [3, 'gap', true]]);
      assert.deepEqual(flagList.flags.find((flag) => flag.kind === 'fork').entry, other);
      const firstFlag = JSON.parse((await auditorGet(collector.url, `/v1/flags?consentId=${e0.consentId}&limit=1`)).text);
      assert.equal(firstFlag.flags.length, 1);
      assert.equal(firstFlag.truncated, true);
      assert.equal((await auditorGet(collector.url, '/v1/flags?limit=many')).status, 400);
    });

    test('concurrent sends of one slot: one stored, the rest duplicates or forks, never two rows', async () => {
      const [entry] = await makeChain(1);
      const rival = await makeEntry({ consentId: entry.consentId, seq: 0, prevHash: core.GENESIS_HASH, textHash: entry.textHash, overrides: { action: 'reject-all' } });
      const same = await Promise.all(Array.from({ length: 8 }, () => postReceipts(collector.url, { entries: [entry] })));
      assert.deepEqual(same.map(statuses).flat().sort(), ['accepted', ...Array(7).fill('duplicate')]);
      assert.equal(new Set(same.map((result) => result.json.receipts[0].receivedAt)).size, 1, 'every duplicate carries the first time');

      const [other] = await makeChain(1);
      const others = await Promise.all(Array.from({ length: 6 }, (_, i) => postReceipts(collector.url, { entries: [i % 2 ? other : { ...other }] })));
      assert.deepEqual(others.map(statuses).flat().sort(), ['accepted', ...Array(5).fill('duplicate')]);
      const forks = await Promise.all([entry, rival, rival].map((value) => postReceipts(collector.url, { entries: [value] })));
      assert.deepEqual(forks.map(statuses).flat(), ['duplicate', 'fork', 'fork']);
      assert.equal(await count(database, 'entries', `where consent_id = ${quoted(entry.consentId)}`), 1);
      assert.equal(await count(database, 'flags', `where consent_id = ${quoted(entry.consentId)}`), 1);
    });

    test('every receipt is signed, and verifies with the published key', async () => {
      const published = JSON.parse((await auditorGet(collector.url, '/.well-known/cookie-consent-collector.json', null)).text);
      assert.equal(published.algorithm, 'Ed25519');
      assert.equal(published.keyId, collector.keyId);
      // The raw key and the JWK are the same key.
      const fromJwk = createPublicKey({ key: published.publicKeyJwk, format: 'jwk' });
      const raw = Buffer.from(published.publicKey, 'base64url');
      assert.equal(raw.length, 32);
      const fromRaw = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), raw]), format: 'der', type: 'spki' });
      assert.ok(fromJwk.equals(fromRaw));

      const [e0, e1, e2] = await makeChain(3);
      const other = await makeEntry({ consentId: e0.consentId, seq: 1, prevHash: e0.hash, textHash: e0.textHash, overrides: { gpc: true } });
      await postReceipts(collector.url, { entries: [e0] });
      const result = await postReceipts(collector.url, { entries: [e0, e2, e1, other, { ...e1, hash: 'f'.repeat(64) }] });
      assert.deepEqual(statuses(result), ['duplicate', 'gap', 'accepted', 'fork', 'rejected']);
      for (const receipt of result.json.receipts) {
        assert.equal(receipt.keyId, published.keyId);
        const { consentId, seq, hash, receivedAt, status } = receipt;
        const message = Buffer.from(core.canonicalJson({ consentId, seq, hash, receivedAt, status }), 'utf8');
        assert.ok(verify(null, message, fromRaw, Buffer.from(receipt.signature, 'base64url')), `${status} receipt verifies`);
        const forged = Buffer.from(core.canonicalJson({ consentId, seq, hash, receivedAt, status: status === 'accepted' ? 'gap' : 'accepted' }), 'utf8');
        assert.ok(!verify(null, forged, fromRaw, Buffer.from(receipt.signature, 'base64url')), 'a changed receipt does not verify');
      }
    });

    test('texts are archived once per hash, and only when the hash matches', async () => {
      const good = await shownText('Statistics');
      const bad = await shownText('Measurement');
      const entries = await makeChain(1, { textHash: good.hash });
      const before = await count(database, 'texts');
      const result = await postReceipts(collector.url, { entries, texts: { [good.hash]: good.text, [bad.hash.replace(/^./, (c) => (c === '0' ? '1' : '0'))]: bad.text } });
      assert.equal(result.status, 200, result.text);
      await postReceipts(collector.url, { entries, texts: { [good.hash]: good.text } });
      assert.equal(await count(database, 'texts'), before + 1);

      const archived = await auditorGet(collector.url, `/v1/texts/${good.hash}`);
      assert.equal(archived.status, 200);
      assert.deepEqual(JSON.parse(archived.text), good.text);
      assert.equal((await auditorGet(collector.url, `/v1/texts/${bad.hash}`)).status, 404);
      assert.equal((await auditorGet(collector.url, `/v1/texts/${good.hash}`, null)).status, 401);
    });

    test('the auditor export: JSON verifies with the core verifier, CSV parses back to the same entries', async () => {
      const text = await shownText('Audience measurement');
      const chainA = await makeChain(4, { textHash: text.hash });
      const chainB = await makeChain(3, { textHash: text.hash });
      const result = await postReceipts(collector.url, { entries: [...chainA, ...chainB], texts: { [text.hash]: text.text } });
      assert.ok(statuses(result).every((status) => status === 'accepted'));

      // One consent ID: the file verifies exactly as the browser's export does.
      const one = await auditorGet(collector.url, `/v1/export?consentId=${chainA[0].consentId}`);
      assert.equal(one.status, 200);
      assert.match(one.headers.get('content-type'), /application\/json/);
      const oneFile = JSON.parse(one.text);
      assert.equal(oneFile.format, core.EXPORT_FORMAT);
      assert.equal(oneFile.site, 'Test Press');
      assert.equal(oneFile.anchor, null);
      assert.deepEqual(oneFile.entries, chainA);
      assert.deepEqual(oneFile.texts, { [text.hash]: text.text });
      const verdict = await core.verifyExport(oneFile);
      assert.ok(verdict.ok, JSON.stringify(verdict.problems));
      assert.equal(verdict.entries, 4);
      assert.deepEqual(oneFile.verification, { ok: true, entries: 4, problems: [] });

      // Everything: ordered by consent ID then seq; each consent ID's chain verifies; the combined verdict agrees.
      const all = JSON.parse((await auditorGet(collector.url, '/v1/export?format=json')).text);
      const keys = all.entries.map((entry) => [entry.consentId, entry.seq]);
      assert.deepEqual(keys, [...keys].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1)));
      assert.equal(all.verification.entries, all.entries.length);
      assert.equal(await count(database, 'entries') + (await count(database, 'flags', 'where in_entries = 0')), all.entries.length, 'the export holds every stored entry');
      const chainOk = await core.verifyChain(all.entries.filter((entry) => entry.consentId === chainB[0].consentId));
      assert.ok(chainOk.ok);
      // Earlier tests stored gaps and forks on purpose: the export says so instead of hiding them.
      assert.equal(all.verification.ok, false);
      assert.ok(all.verification.problems.every((problem) => /^consentId \S+: /.test(problem.problem)));
      for (const entry of all.entries) assert.ok(all.texts[entry.textHash] || entry.textHash !== text.hash);

      // A date range that matches nothing, and one that matches everything.
      const future = JSON.parse((await auditorGet(collector.url, `/v1/export?from=${new Date(Date.now() + 60_000).toISOString()}`)).text);
      assert.deepEqual(future.entries, []);
      const ranged = JSON.parse((await auditorGet(collector.url, `/v1/export?consentId=${chainB[0].consentId}&from=2020-01-01T00:00:00Z&to=2999-01-01T00:00:00Z`)).text);
      assert.deepEqual(ranged.entries, chainB);
      assert.equal((await auditorGet(collector.url, '/v1/export?from=yesterday')).status, 400);

      // CSV: the same bytes the browser's buildCsvExport makes for these entries, and it parses back.
      const csv = await auditorGet(collector.url, '/v1/export?format=csv');
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type'), /text\/csv/);
      assert.equal(csv.text, core.buildCsvExport(all.entries, CATEGORY_ORDER));
      const rows = parse(csv.text, { columns: true });
      assert.equal(rows.length, all.entries.length);
      const rowA = rows.find((row) => row.consentId === chainA[2].consentId && row.seq === '2');
      assert.equal(rowA.hash, chainA[2].hash);
      assert.equal(rowA['category:analytics'], 'true');
      assert.equal(rowA.action, 'accept-all');
    });

    test('the auditor API needs the token', async () => {
      for (const path of ['/v1/export', '/v1/export?format=csv', '/v1/flags', `/v1/texts/${'0'.repeat(64)}`]) {
        assert.equal((await auditorGet(collector.url, path, null)).status, 401, path);
        const wrong = await auditorGet(collector.url, path, `${TOKEN}x`);
        assert.equal(wrong.status, 401, path);
        assert.match(JSON.parse(wrong.text).error, /token/);
      }
      const response = await fetch(`${collector.url}/v1/export`, { headers: { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` } });
      assert.equal(response.status, 401);
      assert.equal((await auditorGet(collector.url, '/v1/flags')).status, 200);
    });

    test('hostile input: a clear 4xx, nothing stored, the server stays up', async () => {
      const entriesBefore = await count(database, 'entries');
      const textsBefore = await count(database, 'texts');
      const flagsBefore = await count(database, 'flags');
      const [good] = await makeChain(1);
      const text = await shownText('Hostile');
      const cases = {
        'malformed JSON': '{"entries": [',
        'not an object': '[1, 2, 3]',
        'entries missing': { texts: {} },
        'entries a string': { entries: 'all of them' },
        'an entry a number': { entries: [good, 42] },
        'an entry an array': { entries: [[good]] },
        'texts an array': { entries: [good], texts: [text.text] },
        'a text a string': { entries: [good], texts: { [text.hash]: 'words' } },
        'no entries': { entries: [] },
        '101 entries': { entries: Array.from({ length: 101 }, () => good) },
        'a 300 KB body': { entries: [{ ...good, url: `https://news.example/${'a'.repeat(300 * 1024)}` }] },
        '__proto__ in an entry': `{"entries":[{"consentId":"x","__proto__":{"isAdmin":true}}]}`,
        '__proto__ at the top': `{"__proto__":{"entries":[]},"entries":[${JSON.stringify(good)}]}`,
        'constructor.prototype': `{"entries":[{"constructor":{"prototype":{"polluted":true}}}]}`,
      };
      for (const [name, body] of Object.entries(cases)) {
        const result = await postReceipts(collector.url, body);
        assert.ok(result.status >= 400 && result.status < 500, `${name}: got ${result.status}`);
        assert.equal(typeof result.json?.error, 'string', `${name}: a JSON { error }`);
      }
      assert.equal((await postReceipts(collector.url, cases['a 300 KB body'])).status, 413);
      assert.equal((await postReceipts(collector.url, cases['101 entries'])).status, 400);
      const html = await fetch(`${collector.url}/v1/receipts`, { method: 'POST', headers: { 'content-type': 'text/html' }, body: JSON.stringify({ entries: [good] }) });
      assert.equal(html.status, 415);

      // Valid JSON but not valid entries: a 200 with "rejected" receipts, still nothing stored.
      // Deep enough to overflow a recursive canonical-JSON walk (JSON.parse itself copes): spliced in as text.
      const deep = `${'['.repeat(50_000)}1${']'.repeat(50_000)}`;
      const hostileEntries = [
        { ...good, hash: 'a'.repeat(64) },
        { ...good, services: { analytics: 'DEEP' } },
        await makeEntry({ consentId: 'nul\u0000id', seq: 0, prevHash: core.GENESIS_HASH, textHash: good.textHash }),
        await makeEntry({ consentId: good.consentId, seq: 2 ** 31, prevHash: core.GENESIS_HASH, textHash: good.textHash }),
        { ...good, categories: { analytics: 'yes' } },
      ];
      const body = JSON.stringify({ entries: hostileEntries, texts: { [text.hash]: { ...text.text, owner: 'Someone else' } } }).replace('"DEEP"', deep);
      const rejected = await postReceipts(collector.url, body);
      assert.equal(rejected.status, 200, rejected.text);
      assert.deepEqual(statuses(rejected), hostileEntries.map(() => 'rejected'));

      assert.equal(await count(database, 'entries'), entriesBefore);
      assert.equal(await count(database, 'texts'), textsBefore);
      assert.equal(await count(database, 'flags'), flagsBefore);
      assert.deepEqual(await (await fetch(`${collector.url}/health`)).json(), { ok: true });
    });

    test('entries of a batch are independent: seq 2147483647, and an entry the database refuses, cost no other entry', async () => {
      const [first] = await makeChain(1);
      const top = await makeEntry({ consentId: randomUUID(), seq: 2 ** 31 - 1, prevHash: 'ab'.repeat(32), textHash: first.textHash });
      const over = await makeEntry({ consentId: randomUUID(), seq: 2 ** 31, prevHash: 'ab'.repeat(32), textHash: first.textHash });
      const [poisoned] = await makeChain(1, { consentId: `poison-${randomUUID()}`, textHash: first.textHash });
      const [last] = await makeChain(1, { textHash: first.textHash });
      // A database-side failure for one entry only (a trigger stands in for whatever a database may refuse).
      await database.exec(
        backend.name === 'SQLite'
          ? "create trigger poison before insert on entries when new.consent_id like 'poison-%' begin select raise(abort, 'poisoned entry'); end"
          : "create function poison() returns trigger language plpgsql as $$ begin if new.consent_id like 'poison-%' then raise exception 'poisoned entry'; end if; return new; end $$; " +
              'create trigger poison before insert on entries for each row execute function poison()',
      );
      try {
        const result = await postReceipts(collector.url, { entries: [first, top, poisoned, over, last] });
        assert.equal(result.status, 200, result.text);
        assert.deepEqual(statuses(result), ['accepted', 'gap', 'rejected', 'rejected', 'accepted']);
        assert.match(result.json.receipts[2].problems[0], /could not store this entry/);
        assert.deepEqual(result.json.receipts[3].problems, [`seq: expected at most ${2 ** 31 - 1}`]);
        for (const entry of [first, top, last]) {
          const rows = await database.query(`select hash from entries where consent_id = ${quoted(entry.consentId)} and seq = ${entry.seq}`);
          assert.deepEqual(rows.map((row) => row.hash), [entry.hash], `seq ${entry.seq} stored`);
        }
        assert.equal(await count(database, 'entries', `where consent_id = ${quoted(poisoned.consentId)}`), 0);
        assert.deepEqual(statuses(await postReceipts(collector.url, { entries: [top] })), ['duplicate']);
      } finally {
        await database.exec(backend.name === 'SQLite' ? 'drop trigger poison' : 'drop trigger poison on entries; drop function poison()');
      }
    });

    test('an entry that lost its slot to an earlier forged one is exported too, and flagged in the verification', async () => {
      const [genuine0, genuine1] = await makeChain(2);
      const forged = await makeEntry({ consentId: genuine0.consentId, seq: 0, prevHash: core.GENESIS_HASH, textHash: genuine0.textHash, overrides: { action: 'reject-all' } });
      assert.deepEqual(statuses(await postReceipts(collector.url, { entries: [forged] })), ['accepted']);
      assert.deepEqual(statuses(await postReceipts(collector.url, { entries: [genuine0, genuine1] })), ['fork', 'fork']);

      const file = JSON.parse((await auditorGet(collector.url, `/v1/export?consentId=${genuine0.consentId}`)).text);
      assert.deepEqual(file.entries, [forged, genuine0, genuine1], 'the one holding the slot, then the one that lost it, then the rest');
      assert.equal(file.verification.ok, false);
      assert.equal(file.verification.entries, 3);
      const slotProblem = file.verification.problems.find((problem) => problem.seq === 0);
      assert.match(slotProblem.problem, new RegExp(`consentId ${genuine0.consentId}: a different entry \\(hash ${genuine0.hash.slice(0, 12)}`));
      assert.equal((await core.verifyExport(file)).ok, false, 'the core verifier sees the fork too');

      const csv = parse((await auditorGet(collector.url, `/v1/export?format=csv&consentId=${genuine0.consentId}`)).text, { columns: true });
      assert.deepEqual(csv.map((row) => row.hash), [forged.hash, genuine0.hash, genuine1.hash]);
    });

    test('what an anonymous sender can store is bounded: the site\'s names, a cap per entry, texts only with an entry', async () => {
      const local = await backend.create();
      const base = { port: 0, token: TOKEN, logLevel: 'silent', rateLimit: 0 };
      let running = await startCollector({ ...base, db: local.db, keyFile: join(local.dir, 'key.pem') });
      try {
        const plain = await shownText('Statistics');
        const withNewsletter = { ...plain.text, categories: [...plain.text.categories, { key: 'newsletter', label: 'Newsletter', description: 'Mails', required: false, services: [{ key: 'mailer', label: 'Mailer', provider: 'M', description: '', cookies: [] }] }] };
        const newsletterHash = await core.sha256Hex(core.canonicalJson(withNewsletter));
        const entryOf = (categories, textHash, overrides = {}) => makeEntry({ consentId: randomUUID(), seq: 0, prevHash: core.GENESIS_HASH, textHash, overrides: { categories, ...overrides } });
        const subscribed = await entryOf({ necessary: true, analytics: false, newsletter: true }, newsletterHash, { services: { newsletter: { mailer: true } } });

        // A name no archived text has: refused. Sent with the text that lists it: learned and taken.
        const unknown = await postReceipts(running.url, { entries: [subscribed] });
        assert.deepEqual(statuses(unknown), ['rejected']);
        assert.match(unknown.json.receipts[0].problems.join(' '), /"newsletter" is not one of this site's categories/);
        assert.deepEqual(statuses(await postReceipts(running.url, { entries: [subscribed], texts: { [newsletterHash]: withNewsletter } })), ['accepted']);
        assert.deepEqual((await local.query('select name from site_names order by name')).map((row) => row.name), ['newsletter', 'newsletter/mailer']);

        // A text no entry of the request refers to is not archived.
        const [plainEntry] = await makeChain(1, { textHash: plain.hash });
        const stray = await shownText('Stray');
        await postReceipts(running.url, { entries: [plainEntry], texts: { [plain.hash]: plain.text, [stray.hash]: stray.text } });
        assert.deepEqual((await local.query('select hash from texts order by hash')).map((row) => row.hash), [newsletterHash, plain.hash].sort());

        // Invented names, an oversized entry, too many categories in a text: refused, nothing stored.
        const invented = await entryOf(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`made_up_${i}`, true])), plain.hash);
        const huge = await entryOf({ necessary: true }, plain.hash, { url: `https://news.example/${'a'.repeat(20_000)}` });
        const wide = { ...plain.text, categories: Array.from({ length: 40 }, (_, i) => ({ key: `wide_${i}`, label: 'W', description: '', required: false, services: [] })) };
        const wideHash = await core.sha256Hex(core.canonicalJson(wide));
        const wideEntry = await entryOf(Object.fromEntries(wide.categories.map(({ key }) => [key, true])), wideHash);
        const refused = await postReceipts(running.url, { entries: [invented, huge, wideEntry], texts: { [wideHash]: wide } });
        assert.deepEqual(statuses(refused), ['rejected', 'rejected', 'rejected']);
        assert.match(refused.json.receipts[1].problems[0], /at most 16384 are taken/);
        assert.equal(await count(local, 'texts', `where hash = ${quoted(wideHash)}`), 0);

        // Learning stops at 64 category names: past that, a text with new ones is not archived.
        for (let round = 0; round < 3; round++) {
          const text = { ...plain.text, categories: Array.from({ length: 30 }, (_, i) => ({ key: `round${round}_${i}`, label: 'R', description: '', required: false, services: [] })) };
          const hash = await core.sha256Hex(core.canonicalJson(text));
          const entry = await entryOf({ [`round${round}_0`]: true }, hash);
          assert.deepEqual(statuses(await postReceipts(running.url, { entries: [entry], texts: { [hash]: text } })), [round < 2 ? 'accepted' : 'rejected'], `round ${round}`);
        }
        assert.equal(await count(local, 'site_names', "where kind = 'category'"), 61);
        await running.close();

        // --categories: the site owner's list, nothing learned beyond it.
        running = await startCollector({ ...base, db: local.db, keyFile: join(local.dir, 'key.pem'), categories: ['necessary', 'analytics', 'quiz'] });
        const quiz = await entryOf({ necessary: true, quiz: false }, plain.hash);
        const functional = await entryOf({ necessary: true, functional: true }, plain.hash);
        const learnedBefore = await entryOf({ necessary: true, round0_1: true }, plain.hash);
        assert.deepEqual(statuses(await postReceipts(running.url, { entries: [quiz, functional, learnedBefore] })), ['accepted', 'rejected', 'rejected']);
      } finally {
        await running.close();
        await local.cleanup();
      }
    });

    test('upgrading: the site\'s names are learned from the texts archived before they were kept', async () => {
      const local = await backend.create();
      const options = { db: local.db, port: 0, keyFile: join(local.dir, 'key.pem'), logLevel: 'silent', rateLimit: 0 };
      try {
        const plain = await shownText('Upgrade');
        const text = { ...plain.text, categories: [...plain.text.categories, { key: 'loyalty', label: 'Loyalty', description: '', required: false, services: [{ key: 'points', label: 'Points', provider: '', description: '', cookies: [] }] }] };
        const hash = await core.sha256Hex(core.canonicalJson(text));
        await (await startCollector(options)).close();
        // As a database from before migration 0002: the text archived, no names table.
        await local.exec("drop table site_names; delete from collector_migrations where name = '0002-site-names'");
        await local.exec(`insert into texts (hash, text, received_at) values (${quoted(hash)}, ${quoted(core.canonicalJson(text))}, '2026-01-01T00:00:00.000Z')`);
        const running = await startCollector(options);
        try {
          assert.deepEqual((await local.query('select name from site_names order by name')).map((row) => row.name), ['loyalty', 'loyalty/points']);
          const entry = await makeEntry({ consentId: randomUUID(), seq: 0, prevHash: core.GENESIS_HASH, textHash: hash, overrides: { categories: { necessary: true, loyalty: true }, services: { loyalty: { points: true } } } });
          assert.deepEqual(statuses(await postReceipts(running.url, { entries: [entry] })), ['accepted']);
        } finally {
          await running.close();
        }
      } finally {
        await local.cleanup();
      }
    });

    test('retention purge: old entries go, the decision in force and its text stay, later entries still chain', async () => {
      const local = await backend.create();
      const options = { db: local.db, port: 0, keyFile: join(local.dir, 'key.pem'), token: TOKEN, logLevel: 'silent', rateLimit: 0 };
      try {
        const kept = await shownText('Kept');
        const unused = await shownText('Unused');
        const current = await makeChain(4, { textHash: kept.hash, expiresInDays: 3650 });
        const expired = await makeChain(3, { textHash: kept.hash, expiresInDays: -1 });
        let running = await startCollector(options);
        await postReceipts(running.url, { entries: [...current.slice(0, 3), ...expired.slice(0, 2)], texts: { [kept.hash]: kept.text, [unused.hash]: unused.text } });
        await running.close();

        // Four years pass (the default retention is three).
        const old = new Date(Date.now() - 4 * 365 * 24 * 60 * 60 * 1000).toISOString();
        for (const table of ['entries', 'texts', 'flags']) await local.exec(`update ${table} set received_at = '${old}'`);
        running = await startCollector(options);
        try {
          const left = await local.query('select consent_id, seq from entries order by consent_id, seq');
          assert.deepEqual(left.map((row) => [row.consent_id, Number(row.seq)]), [[current[0].consentId, 2]]);
          const anchors = await local.query('select consent_id, seq, purged from anchors order by consent_id');
          assert.deepEqual(
            anchors.map((row) => [row.consent_id, Number(row.seq), Number(row.purged)]),
            [[current[0].consentId, 1, 2], [expired[0].consentId, 1, 2]].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
          );
          assert.deepEqual((await local.query('select hash from texts')).map((row) => row.hash), [kept.hash]);

          // The chains go on after the purge; what was purged is not taken again.
          const more = await postReceipts(running.url, { entries: [current[3], expired[2], current[0]] });
          // current[0] was accepted before the purge: never signed "rejected", but a conflict (not taken again)...
          assert.deepEqual(statuses(more), ['accepted', 'accepted', 'conflict']);
          assert.match(more.json.receipts[2].problems[0], /purged under the retention policy/);
          // ...and the last purged entry, whose hash is the anchor, is recognised: a duplicate.
          assert.deepEqual(statuses(await postReceipts(running.url, { entries: [current[1]] })), ['duplicate']);

          // A one-consent-ID export carries the anchor and verifies.
          const file = JSON.parse((await auditorGet(running.url, `/v1/export?consentId=${expired[0].consentId}`)).text);
          assert.deepEqual(file.anchor && { seq: file.anchor.seq, hash: file.anchor.hash, purged: file.anchor.purged }, { seq: 1, hash: expired[1].hash, purged: 2 });
          assert.ok((await core.verifyExport(file)).ok);

          // The hourly run is the same purge; run it as if another four years had passed.
          const later = await running.purge(new Date(Date.now() + 4 * 365 * 24 * 60 * 60 * 1000));
          assert.equal(later.entries, 2, 'current[2] (superseded) and expired[2] (no longer in force) go; current[3] stays');
          assert.equal(await count(local, 'entries'), 1);
        } finally {
          await running.close();
        }
      } finally {
        await local.cleanup();
      }
    });
  });
}
