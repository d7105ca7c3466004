/**
 * UI languages: which are built in, which one a page gets, and its direction.
 */

/** The 24 official EU languages, each with built-in strings. */
export const BUILT_IN_LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
] as const;

/** Scripts written right to left, for a site that brings its own translation through `texts`. */
const RIGHT_TO_LEFT = ['ar', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi'];

/**
 * Picks the UI language: the config's `language`, else the page's `<html lang>`,
 * else the browser's preferred languages, else English. Only languages we have
 * strings for can be chosen; `de-AT` falls back to `de`.
 */
export function pickLanguage(available: readonly string[], candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const tag = candidate.trim().toLowerCase();
    if (available.includes(tag)) return tag;
    const primary = tag.split('-')[0] ?? '';
    if (available.includes(primary)) return primary;
  }
  return 'en';
}

export function textDirection(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.includes(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
