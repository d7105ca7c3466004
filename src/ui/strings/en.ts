/**
 * English, the built-in default and the reference for every other language:
 * each language file has exactly these keys and the same `{placeholders}`.
 * Rendered as text, never as HTML.
 *
 * Placeholders: {owner} the site owner; {date} and {id} the current decision;
 * {categories} a list of category names; {category} and {provider} for a
 * blocked embed; {count} a number.
 */
const en = {
  'banner.label': 'Cookie consent',
  'banner.title': 'Your privacy choices',
  'banner.body':
    '{owner} uses cookies and similar technologies. Strictly necessary ones keep the site working; those for the purposes below run only if you allow them. You can change your mind at any time under “Cookie settings” at the foot of every page.',
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
  'prefs.purpose': 'Purpose',
  'prefs.thirdParty': 'Shared with a third party',
  'prefs.yes': 'Yes',
  'prefs.no': 'No',
  'prefs.decision': 'Your current choice was made on {date}. Consent ID: {id}',
  'gpc.notice':
    'Your browser sends a Global Privacy Control signal, and we honour it: {categories} stay off, even with “Accept all”, unless you switch them on yourself.',
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
  'placeholder.title': 'Content blocked',
  'placeholder.body': 'This content from {provider} is used for {category}. Loading it allows content from {provider} only; nothing else is switched on.',
  'placeholder.providerFallback': 'another site',
  'placeholder.load': 'Load content',
  'placeholder.settings': 'Cookie settings',
  'history.show': 'Consent history',
  'history.title': 'Consent history on this device',
  'history.empty': 'No decision has been recorded on this device yet.',
  'history.date': 'Date',
  'history.action': 'Choice',
  'history.categories': 'Allowed',
  'history.none': 'Only strictly necessary',
  'history.count': '{count} decisions recorded.',
  'history.verified': 'The record is complete and unaltered.',
  'history.broken': 'The record has been altered or is incomplete.',
  'history.downloadJson': 'Download JSON',
  'history.downloadCsv': 'Download CSV',
  'history.back': 'Back to preferences',
  'history.receipt': 'Receipt',
  'receipt.none': 'Not yet sent',
  'receipt.received': 'Received by the site',
  'receipt.flagged': 'Received, flagged for review',
  'receipt.refused': 'Refused by the site',
  'action.accept-all': 'Accepted all',
  'action.reject-all': 'Rejected all',
  'action.save': 'Saved a choice',
  'action.withdraw': 'Withdrew consent',
  'action.load-content': 'Loaded blocked content',
} as const;

export type StringKey = keyof typeof en;
/** One language's strings: every key of the English reference. */
export type UiStrings = Record<StringKey, string>;

export default en;
