import { expect } from '@open-wc/testing';
import { parse } from 'csv-parse/browser/esm/sync';
import type { LogEntry } from '../../src/core/log.js';
import { canonicalJson } from '../../src/core/log.js';
import { sha256Hex } from '../../src/core/sha256.js';
import { parseExportText, verifyExport } from '../../src/core/verify-export.js';
import { BASIC_CONFIG, openPage, readDatabase, resetSite, type SitePage } from '../support/site-page.js';

const CONFIG = { ...BASIC_CONFIG, reloadOnWithdraw: false };

interface Exported {
  format: string;
  site: string;
  exportedAt: string;
  widgetVersion: string;
  verification: { ok: boolean; entries: number };
  anchor: unknown;
  entries: LogEntry[];
  texts: Record<string, unknown>;
}

async function decideThree(page: SitePage): Promise<void> {
  await page.win.CookieConsent.acceptAll();
  await page.win.CookieConsent.save({ analytics: true });
  await page.win.CookieConsent.withdraw();
}

describe('auditor export and verification', () => {
  beforeEach(resetSite);
  after(resetSite);

  it('JSON: every stored entry, the texts they refer to, and a verification that passes again offline', async () => {
    const page = await openPage({ config: CONFIG });
    await decideThree(page);
    const exported = JSON.parse(await page.win.CookieConsent.exportLog('json')) as Exported;
    const stored = (await readDatabase()).log;
    expect(exported.format).to.equal('cookie-consent-log/1');
    expect(exported.site).to.equal(location.origin);
    expect(Date.now() - Date.parse(exported.exportedAt)).to.be.below(60_000);
    expect(exported.widgetVersion).to.match(/^\d+\.\d+\.\d+/);
    expect(exported.entries).to.deep.equal(stored);
    expect(exported.verification).to.deep.include({ ok: true, entries: 3 });
    const hash = exported.entries[0]!.textHash;
    expect(Object.keys(exported.texts)).to.deep.equal([hash]);
    expect(await sha256Hex(canonicalJson(exported.texts[hash]))).to.equal(hash);
    expect(await verifyExport(exported)).to.deep.include({ ok: true, entries: 3, texts: 1, problems: [] });
  });

  it('every kind of tampering is caught, naming the entry', async () => {
    const page = await openPage({ config: CONFIG });
    await decideThree(page);
    const original = JSON.parse(await page.win.CookieConsent.exportLog('json')) as Exported;
    const tamper = async (change: (file: Exported) => void) => {
      const copy = structuredClone(original);
      change(copy);
      return verifyExport(copy);
    };
    const edited = await tamper((f) => (f.entries[1]!.categories['marketing'] = true));
    expect(edited.problems).to.deep.equal([{ seq: 1, problem: 'its content does not match its hash: the entry was edited' }]);
    const removed = await tamper((f) => f.entries.splice(1, 1));
    expect(removed.problems[0]!.seq).to.equal(2);
    expect(removed.problems[0]!.problem).to.contain('missing');
    const reordered = await tamper((f) => f.entries.reverse());
    expect(reordered.ok).to.equal(false);
    const inserted = await tamper((f) => f.entries.splice(1, 0, structuredClone(f.entries[0]!)));
    expect(inserted.problems.some((p) => p.problem.includes('inserted or moved'))).to.equal(true);
    const rewrittenText = await tamper((f) => ((f.texts[f.entries[0]!.textHash] as { owner: string }).owner = 'Someone else'));
    expect(rewrittenText.problems[0]!.problem).to.contain('archived text');
  });

  it('bad files get a clear verdict, never a crash', async () => {
    expect(parseExportText('{"format": "cookie-consent-log/1", "entries": [')).to.have.property('error').that.contains('not valid JSON');
    expect((await verifyExport([])).problems[0]!.problem).to.contain('expected a JSON object');
    expect((await verifyExport({ format: 'other/1' })).problems[0]!.problem).to.contain('expected "format"');
    expect((await verifyExport({ format: 'cookie-consent-log/1', entries: {} })).problems[0]!.problem).to.contain('"entries"');
    const hostile = JSON.parse('{"format":"cookie-consent-log/1","entries":[{"__proto__":{"ok":true},"seq":0}],"texts":{"__proto__":{"x":1}}}') as unknown;
    const result = await verifyExport(hostile);
    expect(result.ok).to.equal(false);
    expect(({} as Record<string, unknown>)['ok']).to.equal(undefined);
    let deep: unknown = {};
    for (let i = 0; i < 20_000; i++) deep = { a: deep };
    const nested = await verifyExport({ format: 'cookie-consent-log/1', entries: [], texts: { x: deep } });
    expect(nested.ok).to.equal(false);
  });

  it('an empty log exports as a valid file that says it is empty', async () => {
    const page = await openPage({ config: CONFIG });
    const exported = JSON.parse(await page.win.CookieConsent.exportLog('json')) as Exported;
    expect(exported.entries).to.deep.equal([]);
    const result = await verifyExport(exported);
    expect(result.ok).to.equal(true);
    expect(result.notes.join(' ')).to.contain('empty');
  });

  it('CSV parses back, with a real CSV parser, to the stored values', async () => {
    const page = await openPage({ config: CONFIG });
    await decideThree(page);
    const csv = await page.win.CookieConsent.exportLog('csv');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const stored = (await readDatabase()).log as LogEntry[];
    expect(rows).to.have.length(stored.length);
    rows.forEach((row, index) => {
      const entry = stored[index]!;
      expect(row['consentId']).to.equal(entry.consentId);
      expect(Number(row['seq'])).to.equal(entry.seq);
      expect(row['at']).to.equal(entry.at);
      expect(row['action']).to.equal(entry.action);
      expect(row['source']).to.equal(entry.source);
      expect(row['category:analytics']).to.equal(String(entry.categories['analytics']));
      expect(row['category:marketing']).to.equal(String(entry.categories['marketing']));
      expect(row['hash']).to.equal(entry.hash);
    });
    expect(Object.keys(rows[0]!)).to.deep.equal([
      'consentId', 'seq', 'at', 'action', 'source', 'revision', 'language', 'gpc', 'expiresAt',
      'category:necessary', 'category:analytics', 'category:marketing', 'textHash', 'prevHash', 'hash',
    ]);
  });
});
