/**
 * Microsoft's consent signals: Clarity's `consentv2` (ad_Storage,
 * analytics_Storage) and Microsoft Advertising UET's consent mode
 * (ad_storage). Their types and the signals a decision turns into, which
 * every page needs; validating the site owner's options is in
 * microsoft-consent-mode-options.ts, which only the controller loads. Pure:
 * no DOM, no storage. The calls that send them live in `src/browser/clarity.ts`
 * and `src/browser/uet.ts`.
 */
/** The consent types Clarity's `consentv2` takes (Microsoft spells them with a capital S). */
export type ClarityConsentKey = 'ad_Storage' | 'analytics_Storage';
export type ConsentValue = 'granted' | 'denied';

export const CLARITY_CONSENT_KEYS: readonly ClarityConsentKey[] = ['ad_Storage', 'analytics_Storage'];

/** The site owner's `microsoftConsentMode` options, defaults filled in. */
export interface MicrosoftConsentModeOptions {
  /** Send the signals at all. Default `false`. */
  enabled: boolean;
  /**
   * Which Clarity consent types each category grants; UET's `ad_storage`
   * follows `ad_Storage`. After parsing it holds an entry for every configured
   * category (an empty list when the category grants none).
   */
  mapping: Record<string, ClarityConsentKey[]>;
}

/** What one decision sends, and what its log entry records (`microsoftConsentMode`). */
export interface MicrosoftConsentSignals {
  /** `clarity('consentv2', …)`. */
  clarity: Record<ClarityConsentKey, ConsentValue>;
  /** `uetq.push('consent', 'update', …)`. */
  uet: { ad_storage: ConsentValue };
}

export const MICROSOFT_CONSENT_MODE_OPTION = 'microsoftConsentMode';

/** The well-known categories' consent types. */
export const DEFAULT_MICROSOFT_MAPPING: Readonly<Record<string, readonly ClarityConsentKey[]>> = {
  analytics: ['analytics_Storage'],
  marketing: ['ad_Storage'],
};

/**
 * The signals for a set of granted categories (required ones included, as
 * `grantedCategories()` in consent.ts returns them): a type is granted when a
 * granted category maps to it. A mapping missing (an older cached config) means the defaults.
 */
export function microsoftSignalsFor(
  granted: ReadonlySet<string>,
  mapping: Readonly<Record<string, readonly ClarityConsentKey[]>> = DEFAULT_MICROSOFT_MAPPING,
): MicrosoftConsentSignals {
  const grants = (key: ClarityConsentKey): ConsentValue =>
    // hasOwn: a category named like an Object.prototype member must not reach the prototype.
    [...granted].some((category) => Object.hasOwn(mapping, category) && mapping[category]!.includes(key)) ? 'granted' : 'denied';
  const ad = grants('ad_Storage');
  return { clarity: { ad_Storage: ad, analytics_Storage: grants('analytics_Storage') }, uet: { ad_storage: ad } };
}
