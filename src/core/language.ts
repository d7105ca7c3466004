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
