import { expect } from '@open-wc/testing';
import { parseConfig, type ConsentConfig } from '../../src/core/config.js';
import { classifyDecision, decide, embedGranted, grantedCategories, parseStoredState, serviceGranted } from '../../src/core/consent.js';

function config(input: Record<string, unknown> = {}): ConsentConfig {
  const result = parseConfig({
    revision: 3,
    categories: {
      necessary: { required: true },
      analytics: { services: { ga4: { cookies: [{ name: '_ga' }] }, hotjar: {} } },
      marketing: { gpc: true },
    },
    ...input,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.config;
}

const now = new Date('2026-03-01T10:00:00.000Z');
const context = { id: 'id-1', now, gpc: false };

describe('core/consent', () => {
  it('accept-all grants every optional category and service, with expiry after expiresAfterDays', () => {
    const state = decide(config(), { action: 'accept-all', source: 'banner' }, context);
    expect(state.categories).to.deep.equal({ necessary: true, analytics: true, marketing: true });
    expect(state.services).to.deep.equal({ analytics: { ga4: true, hotjar: true } });
    expect(state.decidedAt).to.equal('2026-03-01T10:00:00.000Z');
    expect(state.expiresAt).to.equal('2026-08-30T10:00:00.000Z');
    expect(state.revision).to.equal(3);
  });

  it('reject-all and withdraw refuse every optional category explicitly', () => {
    for (const action of ['reject-all', 'withdraw'] as const) {
      const state = decide(config(), { action, source: 'api' }, context);
      expect(state.categories).to.deep.equal({ necessary: true, analytics: false, marketing: false });
      expect(state.services).to.deep.equal({ analytics: { ga4: false, hotjar: false } });
    }
  });

  it('save grants exactly what was asked; required categories cannot be refused', () => {
    const state = decide(
      config(),
      { action: 'save', source: 'preferences', categories: { analytics: true, necessary: false, unknown: true }, services: { analytics: { hotjar: false } } },
      context,
    );
    expect(state.categories).to.deep.equal({ necessary: true, analytics: true, marketing: false });
    expect(state.services).to.deep.equal({ analytics: { ga4: true, hotjar: false } });
  });

  it('with GPC, accept-all leaves GPC-marked categories off; an explicit save can still turn them on', () => {
    const gpc = { ...context, gpc: true };
    expect(decide(config(), { action: 'accept-all', source: 'banner' }, gpc).categories['marketing']).to.equal(false);
    const saved = decide(config(), { action: 'save', source: 'preferences', categories: { marketing: true } }, gpc);
    expect(saved.categories['marketing']).to.equal(true);
    expect(saved.gpc).to.equal(true);
  });

  it('a decision holds until it expires or the revision changes', () => {
    const state = decide(config(), { action: 'accept-all', source: 'banner' }, context);
    expect(classifyDecision(config(), state, new Date('2026-08-30T09:59:59.999Z')).kind).to.equal('valid');
    expect(classifyDecision(config(), state, new Date('2026-08-30T10:00:00.000Z')).kind).to.equal('stale');
    expect(classifyDecision(config({ revision: 4 }), state, now).kind).to.equal('stale');
    expect(classifyDecision(config(), null, now).kind).to.equal('none');
  });

  it('a refusal is remembered exactly like a consent', () => {
    const state = decide(config(), { action: 'reject-all', source: 'banner' }, context);
    expect(classifyDecision(config(), state, now).kind).to.equal('valid');
  });

  it('a category or service added later asks again; old choices keep applying, the new purpose stays off', () => {
    const state = decide(config(), { action: 'accept-all', source: 'banner' }, context);
    const grown = config({
      categories: {
        necessary: { required: true },
        analytics: { services: { ga4: {}, hotjar: {}, matomo: {} } },
        marketing: { gpc: true },
        functional: {},
      },
    });
    const status = classifyDecision(grown, state, now);
    expect(status.kind).to.equal('incomplete');
    const granted = grantedCategories(grown, status);
    expect([...granted].sort()).to.deep.equal(['analytics', 'marketing', 'necessary']);
    expect(serviceGranted(status, granted, 'analytics', 'ga4')).to.equal(true);
    expect(serviceGranted(status, granted, 'analytics', 'matomo')).to.equal(false);
  });

  it('a service added to a category that listed none stays off on the old consent, and the visitor is asked again', () => {
    const bare = config({ categories: { necessary: { required: true }, analytics: {}, marketing: {} } });
    const state = decide(bare, { action: 'accept-all', source: 'banner' }, context);
    expect(state.services).to.equal(undefined);
    const grown = config({ categories: { necessary: { required: true }, analytics: { services: { ga4: {} } }, marketing: {} } });
    const status = classifyDecision(grown, state, now);
    expect(status.kind).to.equal('incomplete');
    const granted = grantedCategories(grown, status);
    expect(granted.has('analytics')).to.equal(true);
    expect(serviceGranted(status, granted, 'analytics', 'ga4')).to.equal(false);
    // A tag naming a service the config does not list follows its category, as before.
    expect(serviceGranted(status, granted, 'analytics', 'unlisted')).to.equal(true);
  });

  it('load-content grants the one embed and decides nothing else; the earlier decision stands, expiry included', () => {
    const first = decide(config(), { action: 'load-content', source: 'placeholder', embed: 'host:video.example' }, context);
    expect(first.categories).to.deep.equal({ necessary: true });
    expect(first.embeds).to.deep.equal(['host:video.example']);
    expect(first.services).to.equal(undefined);
    const status = classifyDecision(config(), first, now);
    expect(status.kind).to.equal('incomplete');
    expect([...grantedCategories(config(), status)]).to.deep.equal(['necessary']);
    expect(embedGranted(first, null, 'video.example')).to.equal(true);
    expect(embedGranted(first, null, 'other.example')).to.equal(false);
    expect(embedGranted(first, 'youtube', 'video.example')).to.equal(false);

    const refused = decide(config(), { action: 'reject-all', source: 'banner' }, context);
    const later = new Date(now.getTime() + 1000);
    const added = decide(config(), { action: 'load-content', source: 'placeholder', embed: 'service:youtube' }, { ...context, now: later, previous: refused });
    expect(added.categories).to.deep.equal(refused.categories);
    expect(added.services).to.deep.equal(refused.services);
    expect(added.expiresAt).to.equal(refused.expiresAt);
    expect(added.decidedAt).to.equal(later.toISOString());
    expect(classifyDecision(config(), added, later).kind).to.equal('valid');
    expect(embedGranted(added, 'youtube', 'anything')).to.equal(true);
  });

  it('embeds stay through accept-all and save; reject-all and withdraw drop them', () => {
    const previous = decide(config(), { action: 'load-content', source: 'placeholder', embed: 'host:video.example' }, context);
    const next = (action: 'accept-all' | 'save' | 'reject-all' | 'withdraw') => decide(config(), { action, source: 'banner' }, { ...context, previous }).embeds;
    expect(next('accept-all')).to.deep.equal(['host:video.example']);
    expect(next('save')).to.deep.equal(['host:video.example']);
    expect(next('reject-all')).to.equal(undefined);
    expect(next('withdraw')).to.equal(undefined);
  });

  it('stale or missing decisions grant only required categories', () => {
    const state = decide(config(), { action: 'accept-all', source: 'banner' }, context);
    const stale = classifyDecision(config({ revision: 9 }), state, now);
    expect([...grantedCategories(config({ revision: 9 }), stale)]).to.deep.equal(['necessary']);
    expect([...grantedCategories(config(), { kind: 'none' })]).to.deep.equal(['necessary']);
  });

  it('reads back what it wrote, and anything else as no decision', () => {
    const state = decide(config(), { action: 'accept-all', source: 'banner' }, context);
    expect(parseStoredState(JSON.parse(JSON.stringify(state)))).to.deep.equal(state);
    for (const broken of [
      null,
      'accept',
      { ...state, categories: { analytics: 'yes' } },
      { ...state, expiresAt: 'tomorrow' },
      { ...state, action: 'accept' },
      { ...state, id: '' },
      { ...state, services: { analytics: { ga4: 1 } } },
      { ...state, embeds: 'host:video.example' },
      { ...state, embeds: [1] },
    ]) {
      expect(parseStoredState(broken)).to.equal(null, JSON.stringify(broken));
    }
  });

  it('on a page that sends GPC, Accept all made without GPC does not cover a GPC-marked category: asked again, that category off', () => {
    const cfg = config();
    const accepted = decide(cfg, { action: 'accept-all', source: 'banner' }, context);
    const status = classifyDecision(cfg, accepted, now, true);
    expect(status.kind).to.equal('incomplete');
    expect([...grantedCategories(cfg, status)].sort()).to.deep.equal(['analytics', 'necessary']);
    expect(accepted.categories['marketing'], 'the stored decision itself is not changed').to.equal(true);
    expect(classifyDecision(cfg, accepted, now, false).kind).to.equal('valid');
    const saved = decide(cfg, { action: 'save', source: 'preferences', categories: { marketing: true } }, { ...context, gpc: true });
    expect(classifyDecision(cfg, saved, now, true).kind).to.equal('valid');
  });
});

