import type { UiStrings } from './en.js';

/** Czech (čeština). */
const cs: UiStrings = {
  'banner.label': 'Souhlas se soubory cookie',
  'banner.title': 'Ochrana soukromí: vaše volba',
  'banner.body':
    '{owner} používá soubory cookie a podobné technologie. Nezbytně nutné soubory cookie zajišťují fungování webu. S vaším souhlasem bychom je využívali i k účelům uvedeným níže; nic volitelného se nespustí, dokud se nerozhodnete. Své rozhodnutí můžete kdykoli změnit pomocí odkazu „Nastavení cookies“ v zápatí každé stránky.',
  'banner.ownerFallback': 'Tento web',
  'banner.purposes': 'Volitelné účely:',
  'policy.link': 'Zásady ochrany osobních údajů',
  'button.acceptAll': 'Přijmout vše',
  'button.rejectAll': 'Odmítnout vše',
  'button.customise': 'Přizpůsobit',
  'button.save': 'Uložit nastavení',
  'button.close': 'Zavřít',
  'button.withdraw': 'Odvolat souhlas',
  'prefs.title': 'Nastavení soukromí',
  'prefs.intro':
    '{owner} chce používat soubory cookie a podobné technologie k účelům uvedeným níže; vy rozhodujete, ke kterým. Volitelné účely zůstávají vypnuté, dokud je nezapnete. Vaše volba se ukládá v tomto zařízení a můžete ji zde kdykoli změnit nebo souhlas odvolat.',
  'prefs.alwaysOn': 'Vždy aktivní',
  'prefs.services': 'Služby a soubory cookie',
  'prefs.provider': 'Poskytovatel',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Doba platnosti',
  'prefs.purpose': 'Účel',
  'prefs.thirdParty': 'Sdíleno s třetí stranou',
  'prefs.yes': 'Ano',
  'prefs.no': 'Ne',
  'prefs.decision': 'Současná volba byla uložena {date}. ID souhlasu: {id}',
  'gpc.notice':
    'Váš prohlížeč odesílá signál Global Privacy Control a my ho respektujeme. I po kliknutí na „Přijmout vše“ proto zůstává vypnuto následující, dokud to nezapnete vy: {categories}.',
  'link.settings': 'Nastavení cookies',
  'category.necessary.label': 'Nezbytně nutné',
  'category.necessary.description':
    'Jsou potřeba pro fungování webu: zabezpečení, rozložení zátěže a zapamatování této volby ochrany soukromí. Nelze je vypnout.',
  'category.functional.label': 'Funkční',
  'category.functional.description':
    'Pamatují si vaše nastavení, například jazyk nebo region, a umožňují funkce, o které požádáte.',
  'category.analytics.label': 'Analytické',
  'category.analytics.description':
    'Počítají návštěvy a ukazují, jak se stránky používají, abychom mohli web zlepšovat.',
  'category.marketing.label': 'Marketingové',
  'category.marketing.description':
    'Zobrazují reklamu, která je pro vás relevantní, a měří její účinnost, i na jiných webech.',
  'placeholder.title': 'Obsah zablokován',
  'placeholder.body':
    'Tento obsah poskytuje {provider} a spadá do kategorie „{category}“. Jeho načtením povolíte pouze obsah od {provider}; nic jiného se nezapne.',
  'placeholder.providerFallback': 'jiný web',
  'placeholder.load': 'Načíst obsah',
  'placeholder.settings': 'Nastavení cookies',
  'history.show': 'Historie souhlasů',
  'history.title': 'Historie souhlasů v tomto zařízení',
  'history.empty': 'V tomto zařízení zatím není uloženo žádné rozhodnutí.',
  'history.date': 'Datum',
  'history.action': 'Volba',
  'history.categories': 'Povoleno',
  'history.none': 'Jen nezbytně nutné',
  'history.count': 'Uložená rozhodnutí: {count}',
  'history.verified': 'Záznam je úplný a nezměněný.',
  'history.broken': 'Záznam byl změněn nebo je neúplný.',
  'history.downloadJson': 'Stáhnout JSON',
  'history.downloadCsv': 'Stáhnout CSV',
  'history.back': 'Zpět na nastavení',
  'history.receipt': 'Potvrzení',
  'receipt.none': 'Zatím neodesláno',
  'receipt.received': 'Přijato webem',
  'receipt.flagged': 'Přijato, označeno k prověření',
  'receipt.refused': 'Odmítnuto webem',
  'action.accept-all': 'Přijetí všeho',
  'action.reject-all': 'Odmítnutí všeho',
  'action.save': 'Uložení volby',
  'action.withdraw': 'Odvolání souhlasu',
  'action.load-content': 'Načtení blokovaného obsahu',
};

export default cs;
