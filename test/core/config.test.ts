import { expect } from '@open-wc/testing';
import { formatProblems, isSafeUrl, parseConfig, type ConfigProblem } from '../../src/core/config.js';

const minimal = { owner: 'Example Ltd.', policyUrl: '/privacy', revision: 1, categories: { necessary: { required: true }, analytics: {} } };

function errorsOf(input: unknown): ConfigProblem[] {
  const result = parseConfig(input);
  return result.ok ? [] : result.errors;
}

describe('core/config', () => {
  it('fills in every default for a minimal config', () => {
    const result = parseConfig(minimal);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.config).to.deep.include({
      owner: 'Example Ltd.',
      policyUrl: '/privacy',
      revision: 1,
      expiresAfterDays: 182,
      language: '',
      reloadOnWithdraw: true,
      retentionDays: 1095,
      collector: null,
      theme: 'auto',
      layout: 'bar',
    });
    expect(result.config.categories['analytics']).to.deep.equal({ required: false, gpc: false, services: {} });
    expect(result.warnings).to.deep.equal([]);
  });

  it('reports every problem at once, each with its path and the expected value', () => {
    const errors = errorsOf({
      revision: 0,
      categories: { Analytics: {}, marketing: { required: 'no', services: { px: { cookies: [{}] } } } },
      layout: 'popup',
    });
    expect(errors.map((e) => e.path)).to.deep.equal([
      'revision',
      'categories.Analytics',
      'categories.marketing.required',
      'categories.marketing.services.px.cookies[0].name',
      'layout',
    ]);
    expect(errors[0]!.message).to.equal('expected a whole number of 1 or more, got number 0');
  });

  it('requires a revision and categories', () => {
    expect(errorsOf({}).map((e) => e.path)).to.deep.equal(['revision', 'categories']);
    expect(errorsOf('nope')[0]!.message).to.contain('expected a JSON object');
  });

  it('says a missing revision is missing, with what to put there (not "got undefined")', () => {
    const problem = errorsOf({ categories: minimal.categories }).find((e) => e.path === 'revision');
    expect(problem?.message).to.equal('missing: add it, expected a whole number of 1 or more');
  });

  it('refuses a category of its own without a label, with a hint for a typo of a built-in one', () => {
    const errors = errorsOf({ revision: 1, categories: { necessary: { required: true }, analytcs: {} } });
    expect(errors).to.have.length(1);
    expect(errors[0]!.path).to.equal('categories.analytcs');
    expect(errors[0]!.message).to.contain('(did you mean "analytics"?)').and.contain('needs a "label"');
    // A label in the config or in texts is enough; built-in categories need none.
    expect(parseConfig({ revision: 1, categories: { social: { label: 'Social media' } } }).ok).to.equal(true);
    expect(parseConfig({ revision: 1, categories: { social: {} }, texts: { en: { 'category.social.label': 'Social media' } } }).ok).to.equal(true);
  });

  it('refuses cookie names a browser cannot set, and keeps the * wildcard', () => {
    const withCookie = (name: string) => ({
      revision: 1,
      categories: { analytics: { services: { ga4: { cookies: [{ name }] } } } },
    });
    for (const name of ['my cookie', 'a;b', 'a=b', '"quoted"', 'tab\there']) {
      const errors = errorsOf(withCookie(name));
      expect(errors.map((e) => e.path), name).to.deep.equal(['categories.analytics.services.ga4.cookies[0].name']);
      expect(errors[0]!.message).to.contain('a cookie name a browser can set').and.contain('no spaces');
    }
    for (const name of ['_ga', '_ga_*', '__Host-session', 'AMP_TOKEN', '_pk_id.1.a1b2']) expect(parseConfig(withCookie(name)).ok, name).to.equal(true);
  });

  it('warns about unknown keys with a "did you mean" hint', () => {
    const result = parseConfig({ ...minimal, polcyUrl: '/p', zzz: 1 });
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([
      { path: 'polcyUrl', message: 'unknown option, ignored (did you mean "policyUrl"?)' },
      { path: 'zzz', message: 'unknown option, ignored' },
    ]);
  });

  it('accepts only http(s) and relative links', () => {
    expect(isSafeUrl('/privacy')).to.equal(true);
    expect(isSafeUrl('privacy.html')).to.equal(true);
    expect(isSafeUrl('https://example.com/p')).to.equal(true);
    expect(isSafeUrl('javascript:alert(1)')).to.equal(false);
    expect(isSafeUrl(' java\tscript:alert(1)')).to.equal(false);
    expect(isSafeUrl('data:text/html,x')).to.equal(false);
    expect(errorsOf({ ...minimal, policyUrl: 'javascript:alert(1)' })[0]!.path).to.equal('policyUrl');
  });

  it('autoBlock may only name configured categories', () => {
    expect(errorsOf({ ...minimal, autoBlock: { ads: ['x.com'] } })[0]!.path).to.equal('autoBlock.ads');
    expect(errorsOf({ ...minimal, autoBlock: { analytics: 'x.com' } })[0]!.path).to.equal('autoBlock.analytics');
  });

  it('refuses a lifetime above 395 days (13 months), naming the limit', () => {
    expect(parseConfig({ ...minimal, expiresAfterDays: 395 }).ok).to.equal(true);
    expect(errorsOf({ ...minimal, expiresAfterDays: 396 })).to.deep.equal([
      { path: 'expiresAfterDays', message: "expected at most 395 days (13 months, the CNIL's limit for keeping a choice before asking again), got 396" },
    ]);
  });

  it('warns when the owner or the privacy policy is missing', () => {
    const { owner: _owner, policyUrl: _policyUrl, ...anonymous } = minimal;
    const result = parseConfig(anonymous);
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([
      { path: 'owner', message: 'missing: the banner then says "This site" instead of naming who asks for consent' },
      { path: 'policyUrl', message: 'missing: the banner and the preferences then link to no privacy policy' },
    ]);
  });

  it('formats problems as one readable message', () => {
    expect(formatProblems('cookie-consent: bad', [{ path: 'a', message: 'b' }])).to.equal('cookie-consent: bad\n  - a: b');
  });
});
