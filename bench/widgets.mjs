/**
 * The consent tools under test, each set up the way its own documentation
 * says, with the same three purposes (necessary, analytics, marketing), the
 * same wording (our widget's English strings) and one blocked analytics tag.
 *
 * Each entry says:
 * - `dir`: the folder its files are served from, at `/widget/<id>/`; every
 *   request under that prefix counts as the widget's bytes;
 * - `head`: its markup, put where the demo page has our widget's two tags;
 * - `analyticsTag`: the analytics tag in its blocking syntax;
 * - `banner`: selectors from the document down to the first-layer banner,
 *   one per shadow root crossed (see probe.mjs);
 * - `accept`: a Puppeteer selector for its real "Accept all" button.
 */
import { readFileSync } from 'node:fs';

/**
 * @typedef {object} Widget
 * @property {string} id short name, used in URLs and on the command line
 * @property {string} name package name
 * @property {string} version installed version
 * @property {URL | null} dir
 * @property {string} head
 * @property {string} analyticsTag
 * @property {string[] | null} banner
 * @property {string | null} accept
 */

const root = new URL('..', import.meta.url);

/** The stand-in analytics tag every widget has to hold back. */
export const ANALYTICS_PATH = '/bench/analytics.js';

const OWNER = 'Harbour Ledger Media Ltd.';
const POLICY_URL = '/privacy.html';

/** Our widget's English strings, so that every banner says the same thing. */
const TEXT = {
  title: 'Your privacy choices',
  body:
    `${OWNER} uses cookies and similar technologies. Strictly necessary ones keep the site working. ` +
    'With your permission we would also use them for the purposes below; nothing optional runs until you choose. ' +
    'You can change your mind at any time under “Cookie settings” at the foot of every page.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customise: 'Customise',
  save: 'Save preferences',
  prefsTitle: 'Privacy preferences',
  necessary: ['Strictly necessary', 'Needed for the site to work: security, load balancing and remembering this privacy choice. They cannot be switched off.'],
  analytics: ['Analytics', 'Count visits and see how pages are used, so we can improve the site.'],
  marketing: ['Marketing', 'Show advertising that is relevant to you and measure how well it works, also on other sites.'],
};

/** @param {string} name an installed package */
const versionOf = (name) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8')).version;

/** Inline config as a script body; JSON is valid JavaScript and needs no escaping beyond `<`. */
const js = (value) => JSON.stringify(value, null, 2).replaceAll('<', '\\u003c');

const ours = {
  id: 'ours',
  name: 'cookie-consent-element',
  version: JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).version,
  dir: new URL('dist/web/', root),
  // The one-tag embed from our README: inline JSON config, then the loader, first in <head>.
  head: `
<script type="application/json" id="cookie-consent-config">${js({
    owner: OWNER,
    policyUrl: POLICY_URL,
    revision: 1,
    categories: {
      necessary: { required: true },
      analytics: {
        services: {
          stats: { label: 'Site statistics', provider: OWNER, cookies: [{ name: '_ga', duration: '2 years' }] },
        },
      },
      marketing: {},
    },
  })}</script>
<script src="/widget/ours/cookie-consent.js"></script>`,
  analyticsTag: `<script type="text/plain" data-category="analytics" src="${ANALYTICS_PATH}"></script>`,
  // The banner lives in the open shadow root of <cookie-consent>; hidden with the `hidden` attribute.
  banner: ['cookie-consent', '[part~="banner"]'],
  accept: 'cookie-consent >>> button[part~="accept"]',
};

/**
 * Our lite build: the same widget without the automatic blocker. The peers
 * block only what is marked too, so this is the like-for-like row; the row
 * above is what a site gets from the README's default snippet.
 */
const oursLite = {
  ...ours,
  id: 'ours-lite',
  name: 'cookie-consent-element (lite)',
  head: ours.head.replace('/widget/ours/cookie-consent.js', '/widget/ours-lite/cookie-consent-lite.js'),
};

const vanilla = {
  id: 'vanilla',
  name: 'vanilla-cookieconsent',
  version: versionOf('vanilla-cookieconsent'),
  dir: new URL('node_modules/vanilla-cookieconsent/dist/', root),
  // v3's documented ES-module set-up: the stylesheet, and run() from an (inline) module.
  head: `
<link rel="stylesheet" href="/widget/vanilla/cookieconsent.css">
<script type="module">
import * as CookieConsent from '/widget/vanilla/cookieconsent.esm.js';
CookieConsent.run(${js({
    // Its default hides everything from bots, and it counts navigator.webdriver
    // (set under Puppeteer) as a bot: without this it would show no banner.
    hideFromBots: false,
    categories: {
      necessary: { enabled: true, readOnly: true },
      analytics: { autoClear: { cookies: [{ name: '_ga' }] } },
      marketing: {},
    },
    language: {
      default: 'en',
      translations: {
        en: {
          consentModal: {
            title: TEXT.title,
            description: `${TEXT.body} <a href="${POLICY_URL}">Privacy policy</a>`,
            acceptAllBtn: TEXT.acceptAll,
            acceptNecessaryBtn: TEXT.rejectAll,
            showPreferencesBtn: TEXT.customise,
          },
          preferencesModal: {
            title: TEXT.prefsTitle,
            acceptAllBtn: TEXT.acceptAll,
            acceptNecessaryBtn: TEXT.rejectAll,
            savePreferencesBtn: TEXT.save,
            sections: ['necessary', 'analytics', 'marketing'].map((key) => ({
              title: TEXT[key][0],
              description: TEXT[key][1],
              linkedCategory: key,
            })),
          },
        },
      },
    },
  })});
</script>`,
  // Documented v3 syntax; the src stays inert because of type="text/plain".
  analyticsTag: `<script type="text/plain" data-category="analytics" src="${ANALYTICS_PATH}"></script>`,
  banner: ['#cc-main .cm'],
  accept: '#cc-main .cm button[data-role="all"]',
};

const orejime = {
  id: 'orejime',
  name: 'orejime',
  version: versionOf('orejime'),
  dir: new URL('node_modules/orejime/dist/', root),
  // v3's standalone build (standard theme, English), configured through window.orejimeConfig.
  head: `
<link rel="stylesheet" href="/widget/orejime/orejime-standard.css">
<script>
window.orejimeConfig = ${js({
    privacyPolicyUrl: POLICY_URL,
    purposes: [
      { id: 'necessary', title: TEXT.necessary[0], description: TEXT.necessary[1], isMandatory: true, cookies: [] },
      { id: 'analytics', title: TEXT.analytics[0], description: TEXT.analytics[1], cookies: ['_ga'] },
      { id: 'marketing', title: TEXT.marketing[0], description: TEXT.marketing[1], cookies: [] },
    ],
    translations: {
      banner: { title: TEXT.title, description: TEXT.body, accept: TEXT.acceptAll, decline: TEXT.rejectAll, configure: TEXT.customise },
    },
  })};
</script>
<script src="/widget/orejime/orejime-standard-en.js"></script>`,
  // v3 wraps consent-bound markup in a <template data-purpose>; its content is inert until granted.
  analyticsTag: `<template data-purpose="analytics"><script src="${ANALYTICS_PATH}"></script></template>`,
  banner: ['.orejime-Banner'],
  accept: '.orejime-Banner .orejime-Banner-saveButton',
};

const klaro = {
  id: 'klaro',
  name: 'klaro',
  version: versionOf('klaro'),
  dir: new URL('node_modules/klaro/dist/', root),
  // The README's set-up: a global klaroConfig before the deferred klaro.js (its CSS is inside the JS).
  head: `
<script>
window.klaroConfig = ${js({
    version: 1,
    lang: 'en',
    acceptAll: true,
    groupByPurpose: true,
    translations: {
      zz: { privacyPolicyUrl: POLICY_URL },
      en: {
        consentNotice: { description: TEXT.body, learnMore: TEXT.customise },
        ok: TEXT.acceptAll,
        decline: TEXT.rejectAll,
        purposes: { necessary: TEXT.necessary[0], analytics: TEXT.analytics[0], marketing: TEXT.marketing[0] },
        session: { description: TEXT.necessary[1] },
        stats: { description: TEXT.analytics[1] },
        ads: { description: TEXT.marketing[1] },
      },
    },
    // Klaro manages services grouped by purpose: one service stands for each purpose.
    services: [
      { name: 'session', title: 'Session', purposes: ['necessary'], required: true },
      { name: 'stats', title: 'Site statistics', purposes: ['analytics'], cookies: ['_ga'] },
      { name: 'ads', title: 'Advertising', purposes: ['marketing'] },
    ],
  })};
</script>
<script defer src="/widget/klaro/klaro.js"></script>`,
  analyticsTag: `<script type="text/plain" data-type="text/javascript" data-name="stats" data-src="${ANALYTICS_PATH}"></script>`,
  banner: ['.klaro .cookie-notice'],
  accept: '.klaro .cookie-notice .cm-btn-success',
};

/** No consent tool: the analytics tag runs as the page is parsed. */
const baseline = {
  id: 'baseline',
  name: 'no widget',
  version: '',
  dir: null,
  head: '',
  analyticsTag: `<script src="${ANALYTICS_PATH}"></script>`,
  banner: null,
  accept: null,
};

/** In table order: ours first, the baseline last. @type {Widget[]} */
export const WIDGETS = [ours, oursLite, vanilla, orejime, klaro, baseline];
