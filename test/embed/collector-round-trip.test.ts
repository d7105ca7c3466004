import { expect } from '@open-wc/testing';
import type { Receipt } from '../../src/browser/receipt-outbox.js';
import { canonicalJson } from '../../src/core/log.js';
import { verifyExport } from '../../src/core/verify-export.js';
import { BASIC_CONFIG, openPage, readDatabase, resetSite } from '../support/site-page.js';
import { waitUntil } from '../support/wait.js';

interface RealCollector {
  url: string;
  publicKey: string;
  keyId: string;
}

const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '='));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
};

const receipts = async (): Promise<Receipt[]> => (await readDatabase()).receipts as Receipt[];

describe('widget ↔ a real collector process', () => {
  let collector: RealCollector;
  before(async () => {
    collector = (await (await fetch('/__real-collector')).json()) as RealCollector;
  });
  beforeEach(resetSite);
  after(resetSite);

  it('decisions arrive, each receipt’s Ed25519 signature checks out, and the auditor export verifies', async () => {
    const page = await openPage({ config: { ...BASIC_CONFIG, reloadOnWithdraw: false, collector: { url: collector.url } } });
    await page.win.CookieConsent.acceptAll();
    await page.win.CookieConsent.rejectAll();
    await waitUntil(async () => (await receipts()).length === 2, 'the collector’s receipts were not stored');
    const stored = (await readDatabase()).log as { consentId: string; seq: number; hash: string }[];

    const key = await crypto.subtle.importKey('raw', fromBase64Url(collector.publicKey), { name: 'Ed25519' }, false, ['verify']);
    for (const receipt of await receipts()) {
      expect(receipt.status).to.equal('accepted');
      expect(receipt.keyId).to.equal(collector.keyId);
      const entry = stored.find((e) => e.seq === receipt.seq)!;
      expect(receipt.hash).to.equal(entry.hash);
      const signed = new TextEncoder().encode(
        canonicalJson({ consentId: receipt.consentId, seq: receipt.seq, hash: receipt.hash, receivedAt: receipt.receivedAt, status: receipt.status }),
      );
      expect(await crypto.subtle.verify({ name: 'Ed25519' }, key, fromBase64Url(receipt.signature), signed)).to.equal(true);
    }

    const consentId = stored[0]!.consentId;
    const response = await fetch(`/__real-collector/export?format=json&consentId=${consentId}`);
    const exported = (await response.json()) as { entries: unknown[] };
    expect(exported.entries).to.deep.equal(stored);
    expect(await verifyExport(exported)).to.deep.include({ ok: true, entries: 2, texts: 1 });
  });

  it('a "Load content" entry (embeds, undecided purposes) and Microsoft signals are received as they are', async () => {
    const page = await openPage({
      config: { ...BASIC_CONFIG, microsoftConsentMode: { enabled: true }, collector: { url: collector.url } },
      body: '<main><iframe data-category="marketing" data-src="/__tracker/none/video.js" title="Video" width="400" height="225"></iframe></main>',
    });
    const placeholder = () => page.doc.querySelector('cookie-consent-placeholder')?.shadowRoot?.querySelector<HTMLButtonElement>('button.load');
    await waitUntil(placeholder, 'no placeholder');
    placeholder()!.click();
    await waitUntil(async () => (await readDatabase()).log.length === 1);
    await page.win.CookieConsent.acceptAll();
    await waitUntil(async () => (await receipts()).length === 2, 'the collector’s receipts were not stored');
    expect((await receipts()).map((receipt) => receipt.status)).to.deep.equal(['accepted', 'accepted']);
    const stored = (await readDatabase()).log as { consentId: string; embeds?: string[]; microsoftConsentMode?: unknown }[];
    expect(stored[0]!.embeds).to.deep.equal(['host:localhost']);
    const exported = (await (await fetch(`/__real-collector/export?format=json&consentId=${stored[0]!.consentId}`)).json()) as { entries: unknown[] };
    expect(exported.entries).to.deep.equal(stored);
  });
});
