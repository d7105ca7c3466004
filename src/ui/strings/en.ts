/**
 * English, the built-in default. Every language file has exactly these keys;
 * `{owner}` is replaced by the config's owner. Rendered as text, never as HTML.
 */
export const en = {
  'banner.label': 'Cookie consent',
  'banner.title': 'Your privacy choices',
  'banner.body':
    '{owner} uses cookies and similar technologies. Strictly necessary ones keep the site working. With your permission we would also use them for the purposes below; nothing optional runs until you choose. You can change your mind at any time under “Cookie settings” at the foot of every page.',
  'banner.ownerFallback': 'This site',
  'banner.purposes': 'Optional purposes:',
  'policy.link': 'Privacy policy',
  'button.acceptAll': 'Accept all',
  'button.rejectAll': 'Reject all',
  'button.customise': 'Customise',
  'button.save': 'Save preferences',
  'button.close': 'Close',
  'button.withdraw': 'Withdraw consent',
  'prefs.title': 'Privacy preferences',
  'prefs.intro':
    'Choose what {owner} may use cookies and similar technologies for. Optional purposes stay off until you switch them on. Your choice is kept on this device and you can change or withdraw it here at any time.',
  'prefs.alwaysOn': 'Always on',
  'prefs.services': 'Services and cookies',
  'prefs.provider': 'Provider',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Duration',
  'prefs.decision': 'Your current choice was made on {date}. Consent ID: {id}',
  'link.settings': 'Cookie settings',
  'category.necessary.label': 'Strictly necessary',
  'category.necessary.description':
    'Needed for the site to work: security, load balancing and remembering this privacy choice. They cannot be switched off.',
  'category.functional.label': 'Functional',
  'category.functional.description': 'Remember your settings, such as language or region, and enable features you ask for.',
  'category.analytics.label': 'Analytics',
  'category.analytics.description': 'Count visits and see how pages are used, so we can improve the site.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description': 'Show advertising that is relevant to you and measure how well it works, also on other sites.',
  'placeholder.load': 'Load content',
} as const;

export type StringKey = keyof typeof en;
export type UiStrings = Record<StringKey, string> & Record<string, string>;
