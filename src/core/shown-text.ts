/**
 * The exact text a visitor is shown, in one canonical form, and its hash.
 * The log stores the hash; the export carries the text, so an auditor can read
 * each decision against the words that were on screen.
 */
import type { ConsentConfig } from './config.js';
import { categoryText } from './category-text.js';
import { canonicalJson } from './log.js';
import { sha256Hex } from './sha256.js';

export interface ShownCategory {
  key: string;
  label: string;
  description: string;
  required: boolean;
  services: {
    key: string;
    label: string;
    provider: string;
    description: string;
    /** Whether a third party gets access, as the preferences show it; absent when the config does not say. */
    thirdParty?: boolean;
    cookies: { name: string; duration: string; description: string }[];
  }[];
}

export interface ShownText {
  language: string;
  revision: number;
  owner: string;
  policyUrl: string;
  strings: Record<string, string>;
  categories: ShownCategory[];
}

/** Builds the canonical text for one language and revision. `strings` is already merged with the config's overrides. */
export function shownText(config: ConsentConfig, language: string, strings: Record<string, string>): ShownText {
  return {
    language,
    revision: config.revision,
    owner: config.owner,
    policyUrl: config.policyUrl,
    strings: { ...strings },
    categories: Object.entries(config.categories).map(([key, category]) => ({
      key,
      ...categoryText(config, strings, key),
      required: category.required,
      services: Object.entries(category.services).map(([serviceKey, service]) => ({
        key: serviceKey,
        label: service.label ?? serviceKey,
        provider: service.provider ?? '',
        description: service.description ?? '',
        // Only when set: texts (and their hashes) of configs that never said stay as they were.
        ...(service.thirdParty === undefined ? {} : { thirdParty: service.thirdParty }),
        cookies: service.cookies.map((cookie) => ({
          name: cookie.name,
          duration: cookie.duration ?? '',
          description: cookie.description ?? '',
        })),
      })),
    })),
  };
}

export function textHash(text: ShownText): Promise<string> {
  return sha256Hex(canonicalJson(text));
}
