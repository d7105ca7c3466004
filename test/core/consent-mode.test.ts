import { expect } from '@open-wc/testing';
import {
  DEFAULT_CONSENT_MODE_MAPPING,
  defaultCommand,
  defaultSignals,
  signalsFor,
  type ConsentModeOptions,
} from '../../src/core/consent-mode.js';
import { describeProblems } from '../../src/core/config-messages.js';
import { parseConsentModeOptions as parseRules } from '../../src/core/consent-mode-options.js';
import { earlyDefaultOptions } from '../../src/core/raw-config.js';

const CATEGORIES = ['necessary', 'functional', 'analytics', 'marketing'];
const EEA_AND_UK = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS',
  'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'GB',
];

/** The rules' result with its problems in the words a site owner reads (config-messages.ts). */
function parseConsentModeOptions(raw: unknown, categories: string[]) {
  const result = parseRules(raw, categories);
  return { ...result, errors: describeProblems(result.errors), warnings: describeProblems(result.warnings) };
}

/** Options that must parse cleanly; any error fails the test with the full list. */
function options(raw: unknown, categories: string[] = CATEGORIES): ConsentModeOptions {
  const result = parseConsentModeOptions(raw, categories);
  expect(result.errors).to.deep.equal([]);
  return result.options;
}

function errorsOf(raw: unknown, categories: string[] = CATEGORIES) {
  return parseConsentModeOptions(raw, categories).errors;
}

describe('core/consent-mode', () => {
  describe('defaults', () => {
    it('is off with the documented defaults when the config has no googleConsentMode', () => {
      const result = parseConsentModeOptions(undefined, CATEGORIES);
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
      expect(result.options).to.deep.equal({
        enabled: false,
        mapping: {
          necessary: [],
          functional: ['functionality_storage', 'personalization_storage'],
          analytics: ['analytics_storage'],
          marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
        },
        waitForUpdate: 500,
        region: [],
        adsDataRedaction: false,
        urlPassthrough: false,
      });
    });

    it('keeps the default mapping only for categories the config has', () => {
      expect(options({ enabled: true }, ['necessary', 'analytics']).mapping).to.deep.equal({
        necessary: [],
        analytics: ['analytics_storage'],
      });
    });

    it('exposes the documented default mapping', () => {
      expect(DEFAULT_CONSENT_MODE_MAPPING).to.deep.equal({
        analytics: ['analytics_storage'],
        marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
        functional: ['functionality_storage', 'personalization_storage'],
      });
    });

    it('denies everything but security_storage by default', () => {
      expect(defaultSignals()).to.deep.equal({
        ad_storage: 'denied',
        ad_user_data: 'denied',
        ad_personalization: 'denied',
        analytics_storage: 'denied',
        functionality_storage: 'denied',
        personalization_storage: 'denied',
        security_storage: 'granted',
      });
    });

    it('builds the default command with wait_for_update, and region only when limited', () => {
      expect(defaultCommand(options({ enabled: true }))).to.deep.equal({ ...defaultSignals(), wait_for_update: 500 });
      expect(defaultCommand(options({ enabled: true })) as object).not.to.have.property('region');
      expect(defaultCommand(options({ waitForUpdate: 0, region: [...EEA_AND_UK, 'US-CA'] }))).to.deep.equal({
        ...defaultSignals(),
        wait_for_update: 0,
        region: [...EEA_AND_UK, 'US-CA'],
      });
    });

    it('gives each default command its own region array', () => {
      const opts = options({ region: EEA_AND_UK });
      const command = defaultCommand(opts);
      command.region!.push('US');
      expect(opts.region).to.not.include('US');
    });
  });

  describe('signalsFor', () => {
    const defaults = options({ enabled: true });

    it('grants exactly what the granted categories map to, always with every key', () => {
      expect(signalsFor(new Set(['necessary', 'analytics']), defaults)).to.deep.equal({
        ...defaultSignals(),
        analytics_storage: 'granted',
      });
      expect(signalsFor(['necessary', 'functional'], defaults)).to.deep.equal({
        ...defaultSignals(),
        functionality_storage: 'granted',
        personalization_storage: 'granted',
      });
      expect(signalsFor(['necessary'], defaults)).to.deep.equal(defaultSignals());
    });

    it('grants everything on accept-all', () => {
      const signals = signalsFor(CATEGORIES, defaults);
      expect(Object.keys(signals)).to.have.length(7);
      expect(Object.values(signals).every((v) => v === 'granted')).to.equal(true);
    });

    it('ignores granted categories the mapping does not know, including prototype names', () => {
      expect(signalsFor(['toString', 'constructor', 'ads'], defaults)).to.deep.equal(defaultSignals());
    });

    it('never grants ad_user_data or ad_personalization without marketing, whatever the mapping says', () => {
      const hostile = options({
        mapping: {
          analytics: ['analytics_storage', 'ad_user_data', 'ad_personalization'],
          functional: ['ad_storage', 'ad_personalization'],
        },
      });
      const signals = signalsFor(['necessary', 'analytics', 'functional'], hostile);
      expect(signals.ad_user_data).to.equal('denied');
      expect(signals.ad_personalization).to.equal('denied');
      // The rule is about the two v2 keys only; ad_storage follows the mapping.
      expect(signals.ad_storage).to.equal('granted');
      expect(signals.analytics_storage).to.equal('granted');

      const withMarketing = signalsFor(['necessary', 'analytics', 'marketing'], hostile);
      expect(withMarketing.ad_user_data).to.equal('granted');
      expect(withMarketing.ad_personalization).to.equal('granted');
    });

    it('does not grant ad_user_data when marketing is granted but nothing granted maps to it', () => {
      const narrow = options({ mapping: { marketing: ['ad_storage'] } });
      const signals = signalsFor(['marketing'], narrow);
      expect(signals.ad_storage).to.equal('granted');
      expect(signals.ad_user_data).to.equal('denied');
      expect(signals.ad_personalization).to.equal('denied');
    });

    it('without a marketing category, needs every category that maps to ad_storage', () => {
      const categories = ['necessary', 'ads', 'remarketing'];
      const noMarketing = options(
        { mapping: { ads: ['ad_storage', 'ad_user_data'], remarketing: ['ad_storage', 'ad_personalization'] } },
        categories,
      );
      const partly = signalsFor(['necessary', 'ads'], noMarketing);
      expect(partly.ad_storage).to.equal('granted');
      expect(partly.ad_user_data).to.equal('denied');
      const fully = signalsFor(['necessary', 'ads', 'remarketing'], noMarketing);
      expect(fully.ad_user_data).to.equal('granted');
      expect(fully.ad_personalization).to.equal('granted');
    });

    it('without a marketing category and nothing mapped to ad_storage, never grants the two ad keys', () => {
      const categories = ['necessary', 'stats'];
      const noAds = options({ mapping: { stats: ['analytics_storage', 'ad_user_data'] } }, categories);
      expect(signalsFor(categories, noAds).ad_user_data).to.equal('denied');
    });

    it('falls back safely for hand-built options with the default mapping', () => {
      const handBuilt = { mapping: DEFAULT_CONSENT_MODE_MAPPING };
      expect(signalsFor(['marketing'], handBuilt).ad_user_data).to.equal('granted');
      expect(signalsFor(['analytics'], handBuilt).ad_user_data).to.equal('denied');
    });

    it('keeps security_storage granted even if a hand-built mapping names it', () => {
      const handBuilt: Pick<ConsentModeOptions, 'mapping'> = { mapping: { analytics: ['security_storage', 'analytics_storage'] } };
      expect(signalsFor([], handBuilt).security_storage).to.equal('granted');
      expect(signalsFor(['analytics'], handBuilt).security_storage).to.equal('granted');
    });
  });

  describe('parseConsentModeOptions', () => {
    it('reads every option', () => {
      expect(
        options({
          enabled: true,
          mapping: { analytics: ['analytics_storage', 'analytics_storage'] },
          waitForUpdate: 2000,
          region: ['DE', 'ES-MD', 'DE'],
          adsDataRedaction: true,
          urlPassthrough: true,
        }),
      ).to.deep.include({ enabled: true, waitForUpdate: 2000, region: ['DE', 'ES-MD'], adsDataRedaction: true, urlPassthrough: true });
    });

    it('replaces the default mapping only for the categories it names', () => {
      const parsed = options({ mapping: { analytics: [], functional: ['functionality_storage'] } });
      expect(parsed.mapping).to.deep.equal({
        necessary: [],
        functional: ['functionality_storage'],
        analytics: [],
        marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
      });
      expect(signalsFor(['analytics'], parsed).analytics_storage).to.equal('denied');
    });

    it('reports every problem with its path and the expected value', () => {
      expect(
        errorsOf({
          enabled: 'yes',
          mapping: { ads: ['ad_storage'], analytics: 'analytics_storage', marketing: ['ad_storage', 'security_storage', 'analytic_storage', 7] },
          waitForUpdate: '500',
          region: ['de', 'Germany'],
          adsDataRedaction: 1,
          urlPassthrough: null,
        }),
      ).to.deep.equal([
        { path: 'googleConsentMode.enabled', message: 'expected true or false, got the string "yes"' },
        { path: 'googleConsentMode.mapping.ads', message: 'expected the name of a configured category (necessary, functional, analytics, marketing)' },
        {
          path: 'googleConsentMode.mapping.analytics',
          message: 'expected an array of consent types, e.g. ["analytics_storage"], got the string "analytics_storage"',
        },
        {
          path: 'googleConsentMode.mapping.marketing[1]',
          message:
            'expected one of "ad_storage", "ad_user_data", "ad_personalization", "analytics_storage", "functionality_storage", "personalization_storage", got the string "security_storage" (security_storage is always granted, so no category controls it)',
        },
        {
          path: 'googleConsentMode.mapping.marketing[2]',
          message:
            'expected one of "ad_storage", "ad_user_data", "ad_personalization", "analytics_storage", "functionality_storage", "personalization_storage", got the string "analytic_storage" (did you mean "analytics_storage"?)',
        },
        {
          path: 'googleConsentMode.mapping.marketing[3]',
          message:
            'expected one of "ad_storage", "ad_user_data", "ad_personalization", "analytics_storage", "functionality_storage", "personalization_storage", got number 7',
        },
        { path: 'googleConsentMode.waitForUpdate', message: 'expected a whole number of milliseconds from 0 to 10000, got the string "500"' },
        { path: 'googleConsentMode.region[0]', message: 'expected ISO 3166 codes like "DE" or "ES-MD", got the string "de" (did you mean "DE"?)' },
        { path: 'googleConsentMode.region[1]', message: 'expected ISO 3166 codes like "DE" or "ES-MD", got the string "Germany"' },
        { path: 'googleConsentMode.adsDataRedaction', message: 'expected true or false, got number 1' },
        { path: 'googleConsentMode.urlPassthrough', message: 'expected true or false, got null' },
      ]);
    });

    it('keeps the valid mapping entries and the defaults when others are wrong', () => {
      const result = parseConsentModeOptions({ mapping: { marketing: ['ad_storage', 'security_storage'] } }, CATEGORIES);
      expect(result.errors).to.have.length(1);
      expect(result.options.mapping['marketing']).to.deep.equal(['ad_storage']);
      expect(result.options.mapping['analytics']).to.deep.equal(['analytics_storage']);
    });

    it('wants an object for googleConsentMode and for mapping, an array for region', () => {
      expect(errorsOf(true)).to.deep.equal([{ path: 'googleConsentMode', message: 'expected an object like {"enabled": true}, got boolean true' }]);
      expect(errorsOf(null)[0]!.message).to.equal('expected an object like {"enabled": true}, got null');
      expect(errorsOf({ mapping: [] })).to.deep.equal([
        {
          path: 'googleConsentMode.mapping',
          message: 'expected an object of categories and consent types, e.g. {"analytics": ["analytics_storage"]}, got an array',
        },
      ]);
      expect(errorsOf({ region: 'DE' })).to.deep.equal([
        { path: 'googleConsentMode.region', message: 'expected an array of ISO 3166 codes like "DE" or "ES-MD", got the string "DE"' },
      ]);
    });

    it('accepts ISO 3166-1 and ISO 3166-2 codes only', () => {
      for (const good of ['DE', 'GB', 'ES-MD', 'US-CA', 'FR-75', 'GB-ENG']) {
        expect(errorsOf({ region: [...EEA_AND_UK, good] }), good).to.deep.equal([]);
      }
      for (const bad of ['D', 'DEU', 'de', 'ES-', 'ES-MADR', 'ES_MD', ' DE', 'DE ', '', 'es-md', 'ES-md']) {
        expect(errorsOf({ region: [bad] }), JSON.stringify(bad)).to.have.length(1);
      }
      expect(errorsOf({ region: [49] })[0]).to.deep.equal({
        path: 'googleConsentMode.region[0]',
        message: 'expected ISO 3166 codes like "DE" or "ES-MD", got number 49',
      });
    });

    it('warns when a region list leaves EEA or UK countries without the denied default', () => {
      const result = parseConsentModeOptions({ region: ['DE', 'ES-MD', 'US-CA'] }, CATEGORIES);
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.have.length(1);
      expect(result.warnings[0]!.path).to.equal('googleConsentMode.region');
      // A subdivision does not cover its country: ES-MD leaves the rest of Spain out.
      expect(result.warnings[0]!.message).to.contain('ES');
      expect(result.warnings[0]!.message).to.contain('GB');
      expect(result.warnings[0]!.message).not.to.match(/\bDE\b/);
      expect(parseConsentModeOptions({ region: [...EEA_AND_UK, 'CH'] }, CATEGORIES).warnings).to.deep.equal([]);
      expect(parseConsentModeOptions({ region: [] }, CATEGORIES).warnings).to.deep.equal([]);
    });

    it('counts Switzerland among the countries that need the denied default', () => {
      const [warning] = parseConsentModeOptions({ region: EEA_AND_UK }, CATEGORIES).warnings;
      expect(warning?.message).to.match(/Switzerland get none.*: CH$/);
    });

    it('says "did you mean" for UK and EL, which are not ISO 3166 codes', () => {
      const result = parseConsentModeOptions({ region: [...EEA_AND_UK, 'CH', 'UK', 'EL', 'UK-LND'] }, CATEGORIES);
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([
        { path: 'googleConsentMode.region[32]', message: '"UK" is not an ISO 3166 code, so Google will not match it (did you mean "GB"?)' },
        { path: 'googleConsentMode.region[33]', message: '"EL" is not an ISO 3166 code, so Google will not match it (did you mean "GR"?)' },
        { path: 'googleConsentMode.region[34]', message: '"UK-LND" is not an ISO 3166 code, so Google will not match it (did you mean "GB-LND"?)' },
      ]);
    });

    it('bounds waitForUpdate to whole milliseconds from 0 to 10000', () => {
      expect(options({ waitForUpdate: 0 }).waitForUpdate).to.equal(0);
      expect(options({ waitForUpdate: 10000 }).waitForUpdate).to.equal(10000);
      for (const bad of [-1, 10001, 1.5, Number.NaN, Infinity]) {
        const result = parseConsentModeOptions({ waitForUpdate: bad }, CATEGORIES);
        expect(result.errors.map((e) => e.path), String(bad)).to.deep.equal(['googleConsentMode.waitForUpdate']);
        expect(result.options.waitForUpdate).to.equal(500);
      }
      expect(errorsOf({ waitForUpdate: 10001 })[0]!.message).to.equal(
        'expected a whole number of milliseconds from 0 to 10000, got number 10001',
      );
    });

    it('warns about unknown keys in the same words as the rest of the config', () => {
      const result = parseConsentModeOptions({ enabled: true, waitForUpdates: 100, colour: 'red' }, CATEGORIES);
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([
        { path: 'googleConsentMode.waitForUpdates', message: 'unknown option, ignored (did you mean "waitForUpdate"?)' },
        { path: 'googleConsentMode.colour', message: 'unknown option, ignored' },
      ]);
      expect(result.options.waitForUpdate).to.equal(500);
    });

    it('warns when a mapping grants ad_user_data or ad_personalization that the marketing rule holds back', () => {
      const result = parseConsentModeOptions({ mapping: { analytics: ['analytics_storage', 'ad_user_data'] } }, CATEGORIES);
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([
        { path: 'googleConsentMode.mapping.analytics', message: 'ad_user_data is granted only when "marketing" is granted too' },
      ]);
      expect(parseConsentModeOptions({ mapping: { stats: ['ad_personalization'] } }, ['stats']).warnings).to.deep.equal([
        {
          path: 'googleConsentMode.mapping.stats',
          message: 'ad_personalization stays denied: it needs the categories mapped to ad_storage, and there are none',
        },
      ]);
    });
  });

  describe('earlyDefaultOptions (the loader reads the raw config before validation)', () => {
    const subset = ({ waitForUpdate, region, adsDataRedaction, urlPassthrough }: ConsentModeOptions) => ({ waitForUpdate, region, adsDataRedaction, urlPassthrough });
    const valid: unknown[] = [
      { enabled: true },
      { enabled: true, waitForUpdate: 0 },
      { enabled: true, waitForUpdate: 10000, region: EEA_AND_UK },
      { enabled: true, region: ['DE', 'ES-MD', 'DE'], adsDataRedaction: true },
      { enabled: true, urlPassthrough: true, adsDataRedaction: false, mapping: { analytics: [] } },
    ];
    for (const raw of valid) {
      it(`equals the validator's options for ${JSON.stringify(raw)}`, () => {
        expect(earlyDefaultOptions({ googleConsentMode: raw })).to.deep.equal(subset(options(raw)));
      });
    }

    it('is null unless Consent Mode is enabled with exactly true', () => {
      for (const raw of [undefined, null, 'on', [], {}, { googleConsentMode: {} }, { googleConsentMode: { enabled: 'true' } }, { googleConsentMode: true }]) {
        expect(earlyDefaultOptions(raw), JSON.stringify(raw)).to.equal(null);
      }
    });

    it('falls back to the strictest default for malformed values: denied everywhere, the default wait', () => {
      const early = earlyDefaultOptions({ googleConsentMode: { enabled: true, waitForUpdate: -5, region: ['DE', 'germany'], adsDataRedaction: 'yes' } });
      expect(early).to.deep.equal({ waitForUpdate: 500, region: [], adsDataRedaction: false, urlPassthrough: false });
      expect(earlyDefaultOptions({ googleConsentMode: { enabled: true, region: 'DE', waitForUpdate: 1.5 } })).to.deep.equal({
        waitForUpdate: 500,
        region: [],
        adsDataRedaction: false,
        urlPassthrough: false,
      });
    });
  });
});
