import { expect } from '@open-wc/testing';
import { buildCsvExport, buildJsonExport, csvCell } from '../../src/core/export.js';

const entry = (seq: number, categories: Record<string, boolean>) => ({
  consentId: 'id-1',
  seq,
  at: '2026-01-01T00:00:00.000Z',
  action: 'save',
  source: 'preferences',
  categories,
  revision: 2,
  language: 'en',
  gpc: false,
  expiresAt: '2026-07-02T00:00:00.000Z',
  textHash: 'a'.repeat(64),
  url: 'https://x.test/',
  prevHash: '0'.repeat(64),
  hash: 'b'.repeat(64),
});

describe('core/export', () => {
  it('CSV: documented columns, one category column per category in config order, one row per entry, CRLF', () => {
    const csv = buildCsvExport(
      [entry(0, { necessary: true, analytics: false }), entry(1, { necessary: true, analytics: true, zeta: false })],
      ['necessary', 'analytics'],
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal(
      'consentId,seq,at,action,source,revision,language,gpc,expiresAt,category:necessary,category:analytics,category:zeta,textHash,prevHash,hash',
    );
    expect(lines).to.have.length(4);
    expect(lines[3]).to.equal('');
    expect(lines[1]).to.equal(`id-1,0,2026-01-01T00:00:00.000Z,save,preferences,2,en,false,2026-07-02T00:00:00.000Z,true,false,,${'a'.repeat(64)},${'0'.repeat(64)},${'b'.repeat(64)}`);
  });

  it('CSV cells: RFC 4180 quoting, and formulas neutralised', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('line\nbreak')).to.equal('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).to.equal(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).to.equal("'+1");
    expect(csvCell('-2')).to.equal("'-2");
    expect(csvCell('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(csvCell(undefined)).to.equal('');
  });

  it('JSON: the versioned format with every documented field', () => {
    const exported = buildJsonExport({
      site: 'https://x.test',
      exportedAt: '2026-02-01T00:00:00.000Z',
      widgetVersion: '1.2.3',
      verification: { ok: true, entries: 1, problems: [] },
      anchor: null,
      entries: [entry(0, { necessary: true })],
      texts: {},
    });
    expect(Object.keys(exported)).to.deep.equal(['format', 'site', 'exportedAt', 'widgetVersion', 'verification', 'anchor', 'entries', 'texts']);
    expect(exported.format).to.equal('cookie-consent-log/1');
  });
});

describe('core/verify-export with several browsers in one file', () => {
  it('checks one chain per consent ID, and names the consent ID of a broken one', async () => {
    const { parseConfig } = await import('../../src/core/config.js');
    const { decide } = await import('../../src/core/consent.js');
    const { createEntry } = await import('../../src/core/log.js');
    type Entry = Awaited<ReturnType<typeof createEntry>>;
    const { verifyExport } = await import('../../src/core/verify-export.js');
    const parsed = parseConfig({ revision: 1, categories: { necessary: { required: true }, analytics: {} } });
    if (!parsed.ok) throw new Error('config');
    const chainFor = async (id: string, length: number) => {
      const chain: Entry[] = [];
      for (let i = 0; i < length; i++) {
        const state = decide(parsed.config, { action: 'accept-all', source: 'banner' }, { id, now: new Date(Date.UTC(2026, 0, 1 + i)), gpc: false });
        const last = chain[chain.length - 1];
        chain.push(await createEntry(state, { language: 'en', textHash: 'c'.repeat(64), url: 'https://x.test/' }, last ? { seq: last.seq, hash: last.hash } : null));
      }
      return chain;
    };
    const file = { format: 'cookie-consent-log/1', entries: [...(await chainFor('a', 2)), ...(await chainFor('b', 3))], texts: {}, anchor: null };
    expect(await verifyExport(file)).to.deep.include({ ok: true, entries: 5 });
    (file.entries[3]!.categories as Record<string, boolean>)['analytics'] = false;
    const result = await verifyExport(file);
    expect(result.problems).to.deep.equal([{ seq: 1, problem: 'consent ID b: its content does not match its hash: the entry was edited' }]);
  });
});
