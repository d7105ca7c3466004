/**
 * Built-in strings by language, each its own small chunk (`i18n/<code>.js`),
 * so a page downloads only the language it shows. English is one of them: the
 * UI chunk carries no strings, and the strings come in the same round trip as
 * the UI (the loader asks for them on a first visit; see src/loader/start-page.ts).
 */
import type { BuiltInLanguage } from '../../core/language.js';
import type { UiStrings } from './en.js';

// `satisfies`: the compiler holds this to exactly the built-in languages (core/language.ts).
const LOADERS: Record<string, () => Promise<UiStrings>> = {
  en: () => import('./en.js').then((m) => m.en),
  bg: () => import('./bg.js').then((m) => m.bg),
  cs: () => import('./cs.js').then((m) => m.cs),
  da: () => import('./da.js').then((m) => m.da),
  de: () => import('./de.js').then((m) => m.de),
  el: () => import('./el.js').then((m) => m.el),
  es: () => import('./es.js').then((m) => m.es),
  et: () => import('./et.js').then((m) => m.et),
  fi: () => import('./fi.js').then((m) => m.fi),
  fr: () => import('./fr.js').then((m) => m.fr),
  ga: () => import('./ga.js').then((m) => m.ga),
  hr: () => import('./hr.js').then((m) => m.hr),
  hu: () => import('./hu.js').then((m) => m.hu),
  it: () => import('./it.js').then((m) => m.it),
  lt: () => import('./lt.js').then((m) => m.lt),
  lv: () => import('./lv.js').then((m) => m.lv),
  mt: () => import('./mt.js').then((m) => m.mt),
  nl: () => import('./nl.js').then((m) => m.nl),
  pl: () => import('./pl.js').then((m) => m.pl),
  pt: () => import('./pt.js').then((m) => m.pt),
  ro: () => import('./ro.js').then((m) => m.ro),
  sk: () => import('./sk.js').then((m) => m.sk),
  sl: () => import('./sl.js').then((m) => m.sl),
  sv: () => import('./sv.js').then((m) => m.sv),
} satisfies Record<BuiltInLanguage, () => Promise<UiStrings>>;

/** The built-in strings of a language (English for a language that only the site's own `texts` translate). */
export function loadStrings(language: string): Promise<UiStrings> {
  return (LOADERS[language] ?? LOADERS['en']!)();
}
