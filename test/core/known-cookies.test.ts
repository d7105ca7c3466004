import { expect } from '@open-wc/testing';
import { parseConfig } from '../../src/core/config.js';
import { classifyCookie, isConsentRecord, KNOWN_COOKIES } from '../../src/core/known-cookies.js';

describe('known cookies', () => {
  it('classifies the well-known names the issue lists, with category, provider and usual lifetime', () => {
    const cases: [string, string, string, string][] = [
      ['_ga', 'analytics', 'Google Analytics', '2 years'],
      ['_ga_ABC123XYZ', 'analytics', 'Google Analytics', '2 years'],
      ['_gid', 'analytics', 'Google Analytics', '24 hours'],
      ['_gcl_au', 'marketing', 'Google Ads', '90 days'],
      ['IDE', 'marketing', 'Google Ads', '13 months'],
      ['_fbp', 'marketing', 'Meta Pixel', '90 days'],
      ['_clck', 'analytics', 'Microsoft Clarity', '1 year'],
      ['_uetvid', 'marketing', 'Microsoft Advertising (UET)', '13 months'],
      ['_hjSessionUser_123456', 'analytics', 'Hotjar', '1 year'],
      ['li_sugr', 'marketing', 'LinkedIn Insight Tag', '90 days'],
      ['_ttp', 'marketing', 'TikTok Pixel', '13 months'],
      ['_pin_unauth', 'marketing', 'Pinterest Tag', '1 year'],
      ['_pk_id.1.1fff', 'analytics', 'Matomo', '13 months'],
      ['mtm_consent', 'necessary', 'Matomo (consent record)', '30 years'],
      ['ph_phc_abc_posthog', 'analytics', 'PostHog', '1 year'],
      ['mp_0123abcd_mixpanel', 'analytics', 'Mixpanel', '1 year'],
      ['AMP_abcdef1234', 'analytics', 'Amplitude', '1 year'],
      ['AMP_MKTG_abcdef1234', 'analytics', 'Amplitude', '1 year'],
      ['ajs_anonymous_id', 'analytics', 'Segment', '1 year'],
      ['VISITOR_INFO1_LIVE', 'marketing', 'YouTube', '6 months'],
      ['YSC', 'marketing', 'YouTube', 'session'],
    ];
    for (const [name, category, service, duration] of cases) {
      const known = classifyCookie(name);
      expect(known, name).to.not.equal(null);
      expect([known!.category, known!.service, known!.duration], name).to.deep.equal([category, service, duration]);
      expect(known!.provider, name).to.be.a('string').and.not.equal('');
    }
  });

  it('knows consent tools\' own records of the choice, and only those, as consent records', () => {
    for (const name of ['cc_cookie', 'CookieConsent', 'OptanonConsent', 'euconsent-v2', 'mtm_consent', 'klaro', '_iub_cs-123']) {
      expect(isConsentRecord(name), name).to.equal(true);
      expect(classifyCookie(name)!.category, name).to.equal('necessary');
    }
    for (const name of ['_ga', '__cf_bm', 'PHPSESSID', 'unknown']) expect(isConsentRecord(name), name).to.equal(false);
  });

  it('leaves unknown and merely similar names unclassified', () => {
    for (const name of ['session', 'lang', 'my_ga', '_gax', 'ga', '_fbpx', 'AMP', 'cookie-consent']) {
      expect(classifyCookie(name), name).to.equal(null);
    }
  });

  it('each row is a valid config cookie entry: a service could declare the table as it stands', () => {
    const services = Object.fromEntries(
      KNOWN_COOKIES.map((row, index) => [`s${index}`, { provider: row.provider, cookies: [{ name: row.name, duration: row.duration }] }]),
    );
    const result = parseConfig({ revision: 1, categories: { analytics: { services } } });
    expect(result.ok, JSON.stringify(!result.ok && result.errors.slice(0, 3))).to.equal(true);
    for (const row of KNOWN_COOKIES) expect(['necessary', 'functional', 'analytics', 'marketing']).to.include(row.category);
  });

  it('no row is hidden behind an earlier, broader one', () => {
    // The first match wins: a literal name must classify as its own row.
    for (const row of KNOWN_COOKIES.filter((entry) => !entry.name.includes('*'))) {
      expect(classifyCookie(row.name), row.name).to.equal(row);
    }
  });
});
