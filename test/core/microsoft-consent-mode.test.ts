import { expect } from '@open-wc/testing';
import { microsoftSignalsFor } from '../../src/core/microsoft-consent-mode.js';
import { microsoftConsentModeEnabled } from '../../src/core/raw-config.js';
import { describeProblems } from '../../src/core/config-messages.js';
import { parseMicrosoftConsentModeOptions as parseRules } from '../../src/core/microsoft-consent-mode-options.js';

const CATEGORIES = { necessary: { required: true }, analytics: { required: false }, marketing: { required: false } };

/** The rules' result with its problems in the words a site owner reads (config-messages.ts). */
function parseMicrosoftConsentModeOptions(raw: unknown, categories: typeof CATEGORIES) {
  const result = parseRules(raw, categories);
  return { ...result, errors: describeProblems(result.errors), warnings: describeProblems(result.warnings) };
}

describe('core/microsoft-consent-mode', () => {
  it('maps analytics to analytics_Storage and marketing to ad_Storage and UET ad_storage by default', () => {
    const { options } = parseMicrosoftConsentModeOptions({ enabled: true }, CATEGORIES);
    expect(options).to.deep.equal({ enabled: true, mapping: { necessary: [], analytics: ['analytics_Storage'], marketing: ['ad_Storage'] } });
    expect(microsoftSignalsFor(new Set(['necessary']), options.mapping)).to.deep.equal({
      clarity: { ad_Storage: 'denied', analytics_Storage: 'denied' },
      uet: { ad_storage: 'denied' },
    });
    expect(microsoftSignalsFor(new Set(['necessary', 'marketing']), options.mapping)).to.deep.equal({
      clarity: { ad_Storage: 'granted', analytics_Storage: 'denied' },
      uet: { ad_storage: 'granted' },
    });
  });

  it('a mapping replaces the default for the categories it names', () => {
    const { options, errors } = parseMicrosoftConsentModeOptions({ enabled: true, mapping: { marketing: ['ad_Storage', 'analytics_Storage'] } }, CATEGORIES);
    expect(errors).to.deep.equal([]);
    expect(options.mapping['analytics']).to.deep.equal(['analytics_Storage']);
    expect(microsoftSignalsFor(new Set(['marketing']), options.mapping).clarity).to.deep.equal({ ad_Storage: 'granted', analytics_Storage: 'granted' });
  });

  it('reports each wrong value with its path, and warns about unknown options', () => {
    const result = parseMicrosoftConsentModeOptions(
      { enabled: 'yes', mapping: { ads: ['ad_Storage'], analytics: ['ad_storage'], necessary: ['analytics_Storage'] }, enable: true },
      CATEGORIES,
    );
    expect(result.errors).to.deep.equal([
      { path: 'microsoftConsentMode.enabled', message: 'expected true or false, got the string "yes"' },
      { path: 'microsoftConsentMode.mapping.ads', message: 'expected the name of a configured category (necessary, analytics, marketing)' },
      { path: 'microsoftConsentMode.mapping.analytics', message: 'expected an array of "ad_Storage" and "analytics_Storage", got an array' },
      { path: 'microsoftConsentMode.mapping.necessary', message: 'a required category is granted without consent, so it may not grant analytics_Storage' },
    ]);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['microsoftConsentMode.enable']);
  });

  it('reads "enabled" from the raw config, for the synchronous UET default', () => {
    expect(microsoftConsentModeEnabled({ microsoftConsentMode: { enabled: true } })).to.equal(true);
    for (const raw of [null, {}, { microsoftConsentMode: true }, { microsoftConsentMode: { enabled: 'true' } }]) {
      expect(microsoftConsentModeEnabled(raw), JSON.stringify(raw)).to.equal(false);
    }
  });
});
