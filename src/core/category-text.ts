/**
 * A category's label and description in the visitor's language. Its own
 * module because the UI needs only this, and shown-text.ts brings the
 * hashing (SHA-256, canonical JSON) that a banner does not.
 */
import type { ConsentConfig } from './config.js';

/** Per-category label and description, from the config or the built-in strings. */
export function categoryText(config: ConsentConfig, strings: Record<string, string>, key: string): { label: string; description: string } {
  const category = config.categories[key];
  return {
    // The site owner's own wording wins over the built-in text for well-known categories.
    label: category?.label ?? strings[`category.${key}.label`] ?? key,
    description: category?.description ?? strings[`category.${key}.description`] ?? '',
  };
}
