/**
 * Well-known cookie names: which purpose they serve, who sets them and how
 * long they usually live. The scanner classifies what it finds with this
 * table and proposes config entries from it. Pure: no DOM.
 *
 * Written from the providers' public documentation (what each cookie is for
 * and its default lifetime); lifetimes are the providers' defaults, which a
 * site can change. Categories use the config's well-known keys. Names use
 * the config's `*` glob (see `cookieNameMatcher` in cookie-patterns.ts).
 * Names that many unrelated tools use (`lang`, `id`, `session`) are left out:
 * a name alone would misattribute them.
 */
import { cookieNameMatcher } from './cookie-patterns.js';

export type KnownCategory = 'necessary' | 'functional' | 'analytics' | 'marketing';

export interface KnownCookie {
  /** The cookie name, `*` for any run of characters. */
  name: string;
  category: KnownCategory;
  /** The service, as a site owner would name it in the config. */
  service: string;
  /** The company behind it. */
  provider: string;
  /** Its usual lifetime, in the config's words ("2 years", "session"). */
  duration: string;
  /** A consent tool's record of the visitor's choice: storing it needs no consent. */
  consentRecord?: true;
}

type Row = [name: string, duration: string];

/** One service's cookies: rows of name and lifetime. */
function service(service: string, provider: string, category: KnownCategory, rows: Row[]): KnownCookie[] {
  return rows.map(([name, duration]) => ({ name, category, service, provider, duration }));
}

/** Consent tools' own records of the choice (necessary, and allowed before a choice like our own database). */
function consentRecords(tool: string, provider: string, rows: Row[]): KnownCookie[] {
  return service(`${tool} (consent record)`, provider, 'necessary', rows).map((row) => ({ ...row, consentRecord: true }));
}

const GOOGLE = 'Google Ireland Ltd.';
const MICROSOFT = 'Microsoft Ireland Operations Ltd.';

/** Every known cookie; the first matching row wins, so more specific names come first. */
export const KNOWN_COOKIES: readonly KnownCookie[] = Object.freeze([
  // Google Analytics 4 and Universal Analytics / urchin-era names still found on old sites.
  ...service('Google Analytics', GOOGLE, 'analytics', [
    ['_ga', '2 years'], ['_ga_*', '2 years'], ['_gid', '24 hours'], ['_gat', '1 minute'], ['_gat_*', '1 minute'],
    ['_dc_gtm_*', '1 minute'], ['__utma', '2 years'], ['__utmb', '30 minutes'], ['__utmc', 'session'],
    ['__utmt', '10 minutes'], ['__utmz', '6 months'], ['__utmv', '2 years'],
  ]),
  // Google Ads and Floodlight conversion linking, and the ad-serving domains' own cookies.
  ...service('Google Ads', GOOGLE, 'marketing', [
    ['_gcl_au', '90 days'], ['_gcl_aw', '90 days'], ['_gcl_dc', '90 days'], ['_gcl_gb', '90 days'], ['_gcl_gs', '90 days'],
    ['_gac_*', '90 days'], ['IDE', '13 months'], ['DSID', '2 weeks'], ['test_cookie', '15 minutes'],
    ['__gads', '13 months'], ['__gpi', '13 months'], ['__eoi', '6 months'], ['FPAU', '90 days'], ['FPGCLAW', '90 days'],
  ]),
  ...service('Google', GOOGLE, 'marketing', [['NID', '6 months'], ['AEC', '6 months'], ['1P_JAR', '1 month'], ['__Secure-ENID', '13 months']]),
  ...service('Meta Pixel', 'Meta Platforms Ireland Ltd.', 'marketing', [
    ['_fbp', '90 days'], ['_fbc', '90 days'], ['fr', '90 days'], ['datr', '2 years'], ['sb', '2 years'],
  ]),
  ...service('Microsoft Clarity', MICROSOFT, 'analytics', [
    ['_clck', '1 year'], ['_clsk', '1 day'], ['CLID', '1 year'], ['ANONCHK', '10 minutes'], ['MR', '7 days'], ['SM', 'session'],
  ]),
  ...service('Microsoft Advertising (UET)', MICROSOFT, 'marketing', [
    ['_uetsid', '1 day'], ['_uetvid', '13 months'], ['_uetmsclkid', '90 days'], ['MUID', '13 months'], ['_EDGE_S', 'session'],
    ['MSPTC', '13 months'],
  ]),
  ...service('Hotjar', 'Hotjar Ltd.', 'analytics', [
    ['_hjSessionUser_*', '1 year'], ['_hjSession_*', '30 minutes'], ['_hjid', '1 year'], ['_hjTLDTest', 'session'],
    ['_hjIncludedInSessionSample*', '30 minutes'], ['_hjIncludedInPageviewSample', '30 minutes'],
    ['_hjAbsoluteSessionInProgress', '30 minutes'], ['_hjFirstSeen', '30 minutes'], ['_hjLocalStorageTest', 'session'],
    ['_hjSessionStorageTest', 'session'], ['_hjCookieTest', 'session'], ['_hjHasCachedUserAttributes', 'session'],
  ]),
  ...service('LinkedIn Insight Tag', 'LinkedIn Ireland Unlimited Company', 'marketing', [
    ['li_sugr', '90 days'], ['bcookie', '1 year'], ['lidc', '1 day'], ['UserMatchHistory', '30 days'],
    ['AnalyticsSyncHistory', '30 days'], ['li_fat_id', '30 days'], ['li_gc', '6 months'], ['bscookie', '1 year'],
    ['_guid', '90 days'], ['ln_or', '1 day'],
  ]),
  ...service('TikTok Pixel', 'TikTok Technology Ltd.', 'marketing', [
    ['_ttp', '13 months'], ['_tt_enable_cookie', '13 months'], ['ttcsid', '13 months'], ['ttcsid_*', '13 months'],
  ]),
  ...service('Pinterest Tag', 'Pinterest Europe Ltd.', 'marketing', [
    ['_pin_unauth', '1 year'], ['_pinterest_ct_ua', '1 year'], ['_pinterest_sess', '1 year'], ['_derived_epik', '1 year'],
    ['_epik', '1 year'], ['_routing_id', 'session'],
  ]),
  ...service('X (Twitter) Pixel', 'Twitter International Unlimited Company', 'marketing', [
    ['muc_ads', '13 months'], ['guest_id', '13 months'], ['guest_id_ads', '13 months'], ['guest_id_marketing', '13 months'],
    ['personalization_id', '13 months'],
  ]),
  ...service('Snap Pixel', 'Snap B.V.', 'marketing', [['_scid', '13 months'], ['_scid_r', '13 months'], ['_sctr', '1 year']]),
  ...service('Criteo', 'Criteo SA', 'marketing', [['cto_bundle', '13 months'], ['cto_bidid', '13 months'], ['criteo_write_test', 'session']]),
  ...service('YouTube', GOOGLE, 'marketing', [
    ['YSC', 'session'], ['VISITOR_INFO1_LIVE', '6 months'], ['VISITOR_PRIVACY_METADATA', '6 months'],
    ['__Secure-YEC', '13 months'], ['__Secure-ROLLOUT_TOKEN', '6 months'], ['PREF', '8 months'],
  ]),
  ...service('Vimeo', 'Vimeo.com, Inc.', 'functional', [['vuid', '2 years'], ['player', '1 year']]),
  // Matomo's consent cookies record the visitor's choice itself, which needs no consent.
  ...consentRecords('Matomo', 'the site (self-hosted) or InnoCraft Ltd. (Matomo Cloud)', [
    ['mtm_consent', '30 years'], ['mtm_consent_removed', '30 years'], ['mtm_cookie_consent', '30 years'],
  ]),
  ...consentRecords('vanilla-cookieconsent', 'the site', [['cc_cookie', '6 months']]),
  ...consentRecords('Cookiebot', 'Usercentrics A/S', [['CookieConsent', '1 year'], ['CookieConsentBulkSetting-*', '1 year']]),
  ...consentRecords('OneTrust', 'OneTrust LLC', [['OptanonConsent', '1 year'], ['OptanonAlertBoxClosed', '1 year']]),
  ...consentRecords('Klaro', 'the site', [['klaro', '120 days']]),
  ...consentRecords('Orejime', 'the site', [['orejime', '1 year']]),
  ...consentRecords('Didomi', 'Didomi SAS', [['didomi_token', '1 year'], ['euconsent-v2', '1 year']]),
  ...consentRecords('CookieYes', 'CookieYes Ltd.', [['cookieyes-consent', '1 year'], ['cookielawinfo-checkbox-*', '1 year']]),
  ...consentRecords('Complianz', 'Complianz B.V.', [['cmplz_*', '1 year']]),
  ...consentRecords('Borlabs Cookie', 'Borlabs GmbH', [['borlabs-cookie', '1 year']]),
  ...consentRecords('Cookie Script', 'Objectis Ltd.', [['CookieScriptConsent', '1 month']]),
  ...consentRecords('iubenda', 'iubenda s.r.l.', [['_iub_cs-*', '1 year']]),
  ...service('Matomo', 'the site (self-hosted) or InnoCraft Ltd. (Matomo Cloud)', 'analytics', [
    ['_pk_id.*', '13 months'], ['_pk_ses.*', '30 minutes'], ['_pk_ref.*', '6 months'], ['_pk_cvar.*', '30 minutes'],
    ['_pk_hsr.*', '30 minutes'], ['_pk_testcookie.*', 'session'], ['MATOMO_SESSID', 'session'],
  ]),
  ...service('PostHog', 'PostHog Inc.', 'analytics', [['ph_*_posthog', '1 year'], ['ph_*_window_id', 'session'], ['ph_*_primary_window_exists', 'session']]),
  ...service('Mixpanel', 'Mixpanel Inc.', 'analytics', [['mp_*_mixpanel', '1 year'], ['mp_optout', '1 year']]),
  ...service('Amplitude', 'Amplitude Inc.', 'analytics', [['AMP_MKTG_*', '1 year'], ['AMP_*', '1 year'], ['amp_*', '10 years']]),
  ...service('Segment', 'Twilio Inc. (Segment)', 'analytics', [
    ['ajs_anonymous_id', '1 year'], ['ajs_user_id', '1 year'], ['ajs_group_id', '1 year'],
  ]),
  ...service('Heap', 'Heap Inc.', 'analytics', [['_hp2_id.*', '13 months'], ['_hp2_ses_props.*', '30 minutes'], ['_hp2_props.*', '13 months']]),
  ...service('Yandex Metrica', 'Yandex LLC', 'analytics', [['_ym_uid', '1 year'], ['_ym_d', '1 year'], ['_ym_isad', '2 days'], ['_ym_visorc', '30 minutes']]),
  ...service('HubSpot', 'HubSpot Inc.', 'marketing', [
    ['__hstc', '6 months'], ['hubspotutk', '6 months'], ['__hssc', '30 minutes'], ['__hssrc', 'session'],
  ]),
  ...service('Mouseflow', 'Mouseflow ApS', 'analytics', [['mf_*', '90 days']]),
  ...service('FullStory', 'FullStory Inc.', 'analytics', [['fs_uid', '1 year'], ['fs_lua', '30 minutes']]),
  // Strictly necessary cookies of common infrastructure: bot protection, fraud prevention, sessions, CSRF.
  ...service('Cloudflare', 'Cloudflare Inc.', 'necessary', [['__cf_bm', '30 minutes'], ['cf_clearance', '1 year'], ['_cfuvid', 'session']]),
  ...service('Stripe', 'Stripe Payments Europe Ltd.', 'necessary', [['__stripe_mid', '1 year'], ['__stripe_sid', '30 minutes']]),
  ...service('Server session', 'the site', 'necessary', [
    ['PHPSESSID', 'session'], ['JSESSIONID', 'session'], ['ASP.NET_SessionId', 'session'], ['XSRF-TOKEN', 'session'],
    ['csrftoken', '1 year'], ['laravel_session', '2 hours'],
  ]),
].map((row) => Object.freeze(row)));

/** Whether a name is a known consent tool's record of the visitor's choice. */
export function isConsentRecord(name: string): boolean {
  return classifyCookie(name)?.consentRecord === true;
}

/**
 * The known cookie a name belongs to, or null. Also applies to storage keys:
 * several tools keep the same names in localStorage.
 */
export function classifyCookie(name: string): KnownCookie | null {
  return compiled().find(([matches]) => matches(name))?.[1] ?? null;
}

let matchers: [(name: string) => boolean, KnownCookie][] | undefined;

function compiled(): [(name: string) => boolean, KnownCookie][] {
  matchers ??= KNOWN_COOKIES.map((row) => [cookieNameMatcher([row.name]), row]);
  return matchers;
}
