import { expect } from '@open-wc/testing';
import { parseConfig, type ConsentConfig } from '../../src/core/config.js';
import { classifyDecision, decide } from '../../src/core/consent.js';
import { formatMirror, mirrorBeforeWrite, mirrorHolds, mirrorOf, mirroredDecision, parseMirror, type ConsentMirror } from '../../src/core/consent-mirror.js';

function config(input: Record<string, unknown> = {}): ConsentConfig {
  const result = parseConfig({
    revision: 3,
    categories: { necessary: { required: true }, analytics: { services: { ga4: {}, hotjar: {} } }, marketing: {} },
    ...input,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.config;
}

const now = new Date('2026-03-01T10:00:00.000Z');

function mirrorFor(cfg: ConsentConfig, request: Parameters<typeof decide>[1]): ConsentMirror {
  const state = decide(cfg, request, { id: 'secret-id', now, gpc: false });
  return mirrorOf(cfg, classifyDecision(cfg, state, now), 'abc123')!;
}

describe('consent mirror (the cookie a returning visitor’s page reads first)', () => {
  it('writes what servers need and no identifier, and reads back exactly what it wrote', () => {
    const cfg = config({ googleConsentMode: { enabled: true } });
    const mirror = mirrorFor(cfg, { action: 'save', source: 'api', categories: { analytics: true }, services: { analytics: { hotjar: false } } });
    const value = formatMirror(mirror);
    expect(value).to.equal(
      `v=1&cfg=abc123&rev=3&exp=${Math.floor(now.getTime() / 1000) + 182 * 86400}&gpc=0&on=necessary.analytics&off=marketing&soff=analytics:hotjar&gcm=analytics_storage`,
    );
    expect(value).not.to.include('secret-id');
    expect(parseMirror(value)).to.deep.equal(mirror);
  });

  it('anything else is no mirror', () => {
    const good = formatMirror(mirrorFor(config(), { action: 'accept-all', source: 'api' }));
    for (const bad of ['', 'v=2' + good.slice(3), good.replace('rev=3', 'rev=x'), good.replace('on=', 'on=Analytics.'), good + '&gcm=everything', 'v=1']) {
      expect(parseMirror(bad), bad).to.equal(null);
    }
  });

  it('holds only for the same config fingerprint and revision, before it expires', () => {
    const mirror = mirrorFor(config(), { action: 'accept-all', source: 'api' });
    expect(mirrorHolds(mirror, { config: 'abc123', revision: 3, now })).to.equal(true);
    expect(mirrorHolds(mirror, { config: 'abc124', revision: 3, now })).to.equal(false);
    expect(mirrorHolds(mirror, { config: 'abc123', revision: 4, now })).to.equal(false);
    expect(mirrorHolds(mirror, { config: 'abc123', revision: 3, now: new Date(mirror.expires * 1000) })).to.equal(false);
  });

  it('stands for the same decision: categories, services and Consent Mode signals', () => {
    const cfg = config({ googleConsentMode: { enabled: true } });
    const decision = mirroredDecision(mirrorFor(cfg, { action: 'save', source: 'api', categories: { analytics: true }, services: { analytics: { hotjar: false } } }));
    expect([...decision.granted]).to.deep.equal(['necessary', 'analytics']);
    expect(decision.serviceAllowed('analytics', 'ga4')).to.equal(true);
    expect(decision.serviceAllowed('analytics', 'hotjar')).to.equal(false);
    expect(decision.signals?.analytics_storage).to.equal('granted');
    expect(decision.signals?.ad_storage).to.equal('denied');
  });

  it('before a write, keeps only what the old and the new decision both grant; nothing when the old one was for another config', () => {
    const cfg = config({ googleConsentMode: { enabled: true } });
    const analytics = mirrorFor(cfg, { action: 'save', source: 'api', categories: { analytics: true } });
    const marketing = mirrorFor(cfg, { action: 'save', source: 'api', categories: { marketing: true } });
    const between = mirrorBeforeWrite(analytics, marketing)!;
    expect(between.granted).to.deep.equal(['necessary']);
    expect(between.refused).to.have.members(['analytics', 'marketing']);
    expect(between.consentMode).to.deep.equal([]);
    expect(mirrorBeforeWrite({ ...analytics, config: 'other' }, marketing)).to.equal(null);
    expect(mirrorBeforeWrite(null, marketing)).to.equal(null);
  });
});
