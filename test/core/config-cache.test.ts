import { expect } from '@open-wc/testing';
import { cachedConfigFor, configCacheKey, configSource } from '../../src/core/config-cache.js';
import { parseConfig } from '../../src/core/config.js';

const RAW = { owner: 'Test Press Ltd.', policyUrl: '/privacy', revision: 1, categories: { necessary: { required: true }, analytics: {} } };

function recordFor(raw: unknown, version = '1.2.3') {
  const parsed = parseConfig(raw);
  if (!parsed.ok) throw new Error('test config should be valid');
  return { source: configSource(version, raw), config: parsed.config, labels: { en: 'Cookie settings' }, savedAt: '2026-11-27T10:00:00.000Z' };
}

describe('core/config-cache', () => {
  it('a record is trusted only for the very same config text and widget version', () => {
    const record = recordFor(RAW);
    expect(cachedConfigFor(record, configSource('1.2.3', RAW))).to.equal(record);
    expect(cachedConfigFor(record, configSource('1.2.4', RAW)), 'another widget version').to.equal(null);
    expect(cachedConfigFor(record, configSource('1.2.3', { ...RAW, revision: 2 })), 'an edited config').to.equal(null);
    expect(cachedConfigFor(record, configSource('1.2.3', { ...RAW, categories: { necessary: { required: true } } }))).to.equal(null);
  });

  it('anything that is not a record we wrote counts as no cache', () => {
    const source = configSource('1.2.3', RAW);
    const good = recordFor(RAW);
    for (const bad of [undefined, null, 'text', 42, [], { source }, { ...good, config: null }, { ...good, config: { categories: [] } }, { ...good, labels: 'en' }]) {
      expect(cachedConfigFor(bad, source), JSON.stringify(bad)).to.equal(null);
    }
  });

  it('keys are short, stable and differ for different sources', () => {
    const a = configCacheKey(configSource('1.2.3', RAW));
    expect(a).to.match(/^[0-9a-f]{1,8}$/);
    expect(configCacheKey(configSource('1.2.3', RAW))).to.equal(a);
    const keys = new Set(Array.from({ length: 500 }, (_, revision) => configCacheKey(configSource('1.2.3', { ...RAW, revision }))));
    expect(keys.size).to.equal(500);
  });

  it('a config JSON cannot hold (a cycle) throws rather than caching something else', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => configSource('1.2.3', cyclic)).to.throw();
  });
});
