/**
 * Built-in strings by language, each its own small chunk (`i18n/<code>.js`),
 * so a page downloads only the language it shows. English is one of them: the
 * UI chunk carries no strings, and the strings come in the same round trip as
 * the UI (the loader asks for them on a first visit; see src/loader/start-page.ts).
 */
import type { BuiltInLanguage } from '../../core/language.js';
import type { UiStrings } from './en.js';

// `satisfies`: the compiler holds this to exactly the built-in languages (core/language.ts).
const LOADERS: Record<string, () => Promise<{ default: UiStrings }>> = {
  en: () => import('./en.js'),
  bg: () => import('./bg.js'),
  cs: () => import('./cs.js'),
  da: () => import('./da.js'),
  de: () => import('./de.js'),
  el: () => import('./el.js'),
  es: () => import('./es.js'),
  et: () => import('./et.js'),
  fi: () => import('./fi.js'),
  fr: () => import('./fr.js'),
  ga: () => import('./ga.js'),
  hr: () => import('./hr.js'),
  hu: () => import('./hu.js'),
  it: () => import('./it.js'),
  lt: () => import('./lt.js'),
  lv: () => import('./lv.js'),
  mt: () => import('./mt.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  ro: () => import('./ro.js'),
  sk: () => import('./sk.js'),
  sl: () => import('./sl.js'),
  sv: () => import('./sv.js'),
} satisfies Record<BuiltInLanguage, () => Promise<{ default: UiStrings }>>;

/** The built-in strings of a language (English for a language that only the site's own `texts` translate). */
export function loadStrings(language: string): Promise<UiStrings> {
  return (LOADERS[language] ?? LOADERS['en']!)().then((module) => module.default);
}
