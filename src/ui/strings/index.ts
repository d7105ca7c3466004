/**
 * Built-in strings by language. English is part of the UI chunk; every other
 * language is its own small chunk, so a page downloads only the one it shows.
 */
import { en, type UiStrings } from './en.js';

const LOADERS: Record<string, () => Promise<UiStrings>> = {
  en: () => Promise.resolve(en),
};

/** The built-in strings of a language (English when there are none). */
export function loadStrings(language: string): Promise<UiStrings> {
  return (LOADERS[language] ?? LOADERS['en']!)();
}
