// A consent-log export built with nothing but Node's crypto and the README's description of the
// format (canonical JSON, SHA-256 chain), for the command-line and auditor's page tests.
import { createHash } from 'node:crypto';

const canonical = (value) =>
  value === null || typeof value !== 'object'
    ? JSON.stringify(value)
    : Array.isArray(value)
      ? `[${value.map(canonical).join(',')}]`
      : `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`;
const sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export function exportFile(count) {
  const text = { language: 'en', revision: 1, owner: 'Test', policyUrl: '', strings: { 'banner.title': 'Hi' }, categories: [] };
  const textHash = sha256(canonical(text));
  const entries = [];
  let prevHash = '0'.repeat(64);
  for (let seq = 0; seq < count; seq++) {
    const entry = {
      consentId: '3f0c2a57-1f6e-4c1e-9a57-3d7f1c0b9e11',
      seq,
      at: new Date(Date.UTC(2026, 0, 1 + seq)).toISOString(),
      action: seq % 2 ? 'reject-all' : 'accept-all',
      source: 'banner',
      categories: { necessary: true, analytics: seq % 2 === 0 },
      revision: 1,
      language: 'en',
      gpc: false,
      expiresAt: new Date(Date.UTC(2026, 6, 1 + seq)).toISOString(),
      textHash,
      url: 'https://news.example/',
      prevHash,
    };
    entry.hash = sha256(canonical(entry));
    prevHash = entry.hash;
    entries.push(entry);
  }
  return { format: 'cookie-consent-log/1', site: 'https://news.example', exportedAt: new Date().toISOString(), widgetVersion: '0.1.0', verification: { ok: true, entries: count, problems: [] }, anchor: null, entries, texts: { [textHash]: text } };
}

