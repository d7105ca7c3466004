/**
 * "Cookie settings" in every built-in language. The footer link renders on
 * every page load, while the full strings come with the lazily loaded UI, so
 * the loader carries just this one string per language. A test keeps each
 * entry equal to the language file's `link.settings`.
 */
export const LINK_LABELS: Record<string, string> = {
  en: 'Cookie settings',
};
