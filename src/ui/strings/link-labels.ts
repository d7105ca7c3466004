/**
 * "Cookie settings" in every built-in language. The footer link renders on
 * every page load, while the full strings come with the lazily loaded UI, so
 * the loader carries just this one string per language. A test keeps each
 * entry equal to the language file's `link.settings`; `satisfies` holds it to
 * exactly the built-in languages (core/language.ts).
 */
import type { BuiltInLanguage } from '../../core/language.js';

export const LINK_LABELS: Record<string, string> = {
  bg: 'Настройки за бисквитки',
  cs: 'Nastavení cookies',
  da: 'Cookieindstillinger',
  de: 'Cookie-Einstellungen',
  el: 'Ρυθμίσεις cookies',
  en: 'Cookie settings',
  es: 'Configuración de cookies',
  et: 'Küpsiste seaded',
  fi: 'Evästeasetukset',
  fr: 'Paramètres des cookies',
  ga: 'Socruithe fianán',
  hr: 'Postavke kolačića',
  hu: 'Sütibeállítások',
  it: 'Impostazioni cookie',
  lt: 'Slapukų nustatymai',
  lv: 'Sīkdatņu iestatījumi',
  mt: 'Issettjar tal-cookies',
  nl: 'Cookie-instellingen',
  pl: 'Ustawienia plików cookie',
  pt: 'Definições de cookies',
  ro: 'Setări cookie-uri',
  sk: 'Nastavenia cookies',
  sl: 'Nastavitve piškotkov',
  sv: 'Inställningar för kakor',
} satisfies Record<BuiltInLanguage, string>;
