/**
 * UI languages: which are built in, which one a page gets, and its direction.
 */

/** The 24 official EU languages, each with built-in strings (one string: the loader carries this list). */
const LANGUAGE_LIST = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv';

type Words<List extends string> = List extends `${infer First} ${infer Rest}` ? First | Words<Rest> : List;
/** A built-in language's code. Maps by language (the strings) are checked against it, so the list is written once. */
export type BuiltInLanguage = Words<typeof LANGUAGE_LIST>;

export const BUILT_IN_LANGUAGES: readonly string[] = LANGUAGE_LIST.split(' ');

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

/** The language whose built-in strings a UI language shows: its own, or English for one that only the site's `texts` translate. */
export function builtInStringsFor(language: string): string {
  return BUILT_IN_LANGUAGES.includes(language) ? language : 'en';
}

export function textDirection(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.includes(language.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}
