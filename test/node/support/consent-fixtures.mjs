// Log entries and shown texts as the widget makes them, hashed with the shared
// core code, plus small HTTP helpers for talking to a collector.
import { randomUUID } from 'node:crypto';
import { loadCore } from './build-collector.mjs';

const core = await loadCore();

export const TOKEN = 'auditor-token-for-tests-0123456789';

/** A shown text and its hash. */
export async function shownText(label = 'Analytics') {
  const text = {
    language: 'en',
    revision: 1,
    owner: 'Test Press',
    policyUrl: '/privacy',
    strings: { 'banner.title': 'We use cookies', 'button.acceptAll': 'Accept all' },
    categories: [{ key: 'analytics', label, description: 'Counts visits', required: false, services: [] }],
  };
  return { text, hash: await core.sha256Hex(core.canonicalJson(text)) };
}

const DAY = 24 * 60 * 60 * 1000;

/** One entry (hash computed), chained to `prevHash`. `overrides` change fields before hashing. */
export async function makeEntry({ consentId, seq, prevHash, textHash, at = new Date(), expiresInDays = 182, overrides = {} }) {
  const draft = {
    consentId,
    seq,
    at: at.toISOString(),
    action: seq % 2 ? 'reject-all' : 'accept-all',
    source: 'banner',
    categories: { necessary: true, analytics: seq % 2 === 0, marketing: false },
    revision: 1,
    language: 'en',
    gpc: false,
    expiresAt: new Date(at.getTime() + expiresInDays * DAY).toISOString(),
    textHash,
    url: 'https://news.example/article',
    prevHash,
    ...overrides,
  };
  return { ...draft, hash: await core.entryHash(draft) };
}

/** A chain of `count` entries for one consent ID, seq 0.. */
export async function makeChain(count, { consentId = randomUUID(), textHash, expiresInDays } = {}) {
  textHash ??= (await shownText()).hash;
  const entries = [];
  let prevHash = core.GENESIS_HASH;
  for (let seq = 0; seq < count; seq++) {
    const entry = await makeEntry({ consentId, seq, prevHash, textHash, at: new Date(Date.now() - (count - seq) * 1000), expiresInDays });
    entries.push(entry);
    prevHash = entry.hash;
  }
  return entries;
}

/** POST a JSON value (or a raw string) to /v1/receipts. */
export async function postReceipts(url, body, headers = {}) {
  const response = await fetch(`${url}/v1/receipts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}

export async function auditorGet(url, path, token = TOKEN) {
  const response = await fetch(`${url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

export const statuses = (result) => result.json.receipts.map((receipt) => receipt.status);
