import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { decide } from '../../src/core/consent.js';
import { canonicalJson, createEntry, GENESIS_HASH, type LogEntry } from '../../src/core/log.js';
import { verifyChain } from '../../src/core/log-verification.js';
import { sha256Hex } from '../../src/core/sha256.js';
import { sha256Portable } from '../../src/core/sha256-portable.js';

const parsed = parseConfig({ revision: 1, categories: { necessary: { required: true }, analytics: {} } });
if (!parsed.ok) throw new Error('test config invalid');
const config = parsed.config;
const context = { language: 'en', textHash: 'a'.repeat(64), url: 'https://news.example/article' };

async function chain(length: number): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  for (let i = 0; i < length; i++) {
    const state = decide(config, { action: i % 2 ? 'reject-all' : 'accept-all', source: 'banner' }, {
      id: 'id-1',
      now: new Date(Date.UTC(2026, 0, 1 + i)),
      gpc: false,
    });
    const last = entries[entries.length - 1];
    entries.push(await createEntry(state, context, last ? { seq: last.seq, hash: last.hash } : null));
  }
  return entries;
}

/** The portable implementation, called directly (sha256Hex uses it only without Web Crypto), as hex. */
const sha256HexPortable = (text: string): string =>
  Array.from(sha256Portable(new TextEncoder().encode(text)), (byte) => byte.toString(16).padStart(2, '0')).join('');

describe('core/log', () => {
  it('canonical JSON sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).to.equal('{"a":{"d":[2,{"y":2,"z":1}]},"b":1}');
  });

  it('hashes with SHA-256 as lower-case hex', async () => {
    expect(await sha256Hex('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('the portable SHA-256 (for plain-http sites without Web Crypto) matches Web Crypto byte for byte', async () => {
    expect(sha256HexPortable('')).to.equal('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256HexPortable('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const samples = ['a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'Zoë’s “café” – 日本語 🍪', 'x'.repeat(1000)];
    for (const sample of samples) expect(sha256HexPortable(sample)).to.equal(await sha256Hex(sample), sample.slice(0, 20));
  });

  it('chains entries from seq 0 and the genesis hash', async () => {
    const entries = await chain(3);
    expect(entries.map((e) => e.seq)).to.deep.equal([0, 1, 2]);
    expect(entries[0]!.prevHash).to.equal(GENESIS_HASH);
    expect(entries[1]!.prevHash).to.equal(entries[0]!.hash);
    expect(entries[0]).to.include({ consentId: 'id-1', action: 'accept-all', source: 'banner', revision: 1, language: 'en', gpc: false });
    expect(await verifyChain(entries)).to.deep.equal({ ok: true, entries: 3, problems: [] });
  });

  it('names an edited entry', async () => {
    const entries = await chain(3);
    entries[1] = { ...entries[1]!, categories: { necessary: true, analytics: true } };
    const result = await verifyChain(entries);
    expect(result.ok).to.equal(false);
    expect(result.problems).to.deep.equal([{ seq: 1, problem: 'its content does not match its hash: the entry was edited' }]);
  });

  it('names a removed entry', async () => {
    const entries = await chain(4);
    entries.splice(1, 1);
    const result = await verifyChain(entries);
    expect(result.problems.map((p) => p.seq)).to.deep.equal([2, 2]);
    expect(result.problems[0]!.problem).to.contain('entries 1–1 are missing');
  });

  it('names reordered entries', async () => {
    const entries = await chain(3);
    [entries[1], entries[2]] = [entries[2]!, entries[1]!];
    const result = await verifyChain(entries);
    expect(result.ok).to.equal(false);
    expect(result.problems.some((p) => p.seq === 1 && p.problem.includes('inserted or moved'))).to.equal(true);
  });

  it('reports schema problems of a malformed entry', async () => {
    const result = await verifyChain([{ seq: 0, hash: 'x' }]);
    expect(result.ok).to.equal(false);
    expect(result.problems.some((p) => p.problem.includes('consentId'))).to.equal(true);
  });
});
