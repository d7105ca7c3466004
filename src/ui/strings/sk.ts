import type { UiStrings } from './en.js';

/** Slovak (slovenčina). */
const sk: UiStrings = {
  'banner.label': 'Súhlas so súbormi cookie',
  'banner.title': 'Ochrana súkromia: vaša voľba',
  'banner.body':
    '{owner} používa súbory cookie a podobné technológie. Nevyhnutné súbory cookie zabezpečujú fungovanie webu. S vaším súhlasom by sme ich používali aj na účely uvedené nižšie; nič voliteľné sa nespustí, kým sa nerozhodnete. Svoje rozhodnutie môžete kedykoľvek zmeniť cez odkaz „Nastavenia cookies“ v päte každej stránky.',
  'banner.ownerFallback': 'Tento web',
  'banner.purposes': 'Voliteľné účely:',
  'policy.link': 'Zásady ochrany osobných údajov',
  'button.acceptAll': 'Prijať všetko',
  'button.rejectAll': 'Odmietnuť všetko',
  'button.customise': 'Prispôsobiť',
  'button.save': 'Uložiť nastavenia',
  'button.close': 'Zavrieť',
  'button.withdraw': 'Odvolať súhlas',
  'prefs.title': 'Nastavenia súkromia',
  'prefs.intro':
    '{owner} chce používať súbory cookie a podobné technológie na účely uvedené nižšie; vy rozhodujete, na ktoré. Voliteľné účely zostávajú vypnuté, kým ich nezapnete. Vaša voľba sa ukladá v tomto zariadení a môžete ju tu kedykoľvek zmeniť alebo súhlas odvolať.',
  'prefs.alwaysOn': 'Vždy aktívne',
  'prefs.services': 'Služby a súbory cookie',
  'prefs.provider': 'Poskytovateľ',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Doba platnosti',
  'prefs.purpose': 'Účel',
  'prefs.thirdParty': 'Zdieľané s treťou stranou',
  'prefs.yes': 'Áno',
  'prefs.no': 'Nie',
  'prefs.decision': 'Aktuálna voľba bola uložená {date}. ID súhlasu: {id}',
  'gpc.notice':
    'Váš prehliadač odosiela signál Global Privacy Control a my ho rešpektujeme. Aj po kliknutí na „Prijať všetko“ preto zostáva vypnuté nasledujúce, kým to nezapnete vy: {categories}.',
  'link.settings': 'Nastavenia cookies',
  'category.necessary.label': 'Nevyhnutné',
  'category.necessary.description':
    'Potrebné na fungovanie webu: zabezpečenie, rozloženie záťaže a zapamätanie tejto voľby ochrany súkromia. Nedajú sa vypnúť.',
  'category.functional.label': 'Funkčné',
  'category.functional.description':
    'Pamätajú si vaše nastavenia, napríklad jazyk alebo región, a umožňujú funkcie, o ktoré požiadate.',
  'category.analytics.label': 'Analytické',
  'category.analytics.description':
    'Počítajú návštevy a ukazujú, ako sa stránky používajú, aby sme mohli web zlepšovať.',
  'category.marketing.label': 'Marketingové',
  'category.marketing.description':
    'Zobrazujú reklamu, ktorá je pre vás relevantná, a merajú jej účinnosť, aj na iných weboch.',
  'placeholder.title': 'Obsah je zablokovaný',
  'placeholder.body':
    'Tento obsah poskytuje {provider} a patrí do kategórie „{category}“. Jeho načítaním povolíte len obsah od {provider}; nič iné sa nezapne.',
  'placeholder.providerFallback': 'iný web',
  'placeholder.load': 'Načítať obsah',
  'placeholder.settings': 'Nastavenia cookies',
  'history.show': 'História súhlasov',
  'history.title': 'História súhlasov v tomto zariadení',
  'history.empty': 'V tomto zariadení zatiaľ nie je uložené žiadne rozhodnutie.',
  'history.date': 'Dátum',
  'history.action': 'Voľba',
  'history.categories': 'Povolené',
  'history.none': 'Len nevyhnutné',
  'history.count': 'Uložené rozhodnutia: {count}',
  'history.verified': 'Záznam je úplný a nezmenený.',
  'history.broken': 'Záznam bol zmenený alebo je neúplný.',
  'history.downloadJson': 'Stiahnuť JSON',
  'history.downloadCsv': 'Stiahnuť CSV',
  'history.back': 'Späť na nastavenia',
  'history.receipt': 'Potvrdenie',
  'receipt.none': 'Zatiaľ neodoslané',
  'receipt.received': 'Prijaté webom',
  'receipt.flagged': 'Prijaté, označené na preverenie',
  'receipt.refused': 'Odmietnuté webom',
  'action.accept-all': 'Prijatie všetkého',
  'action.reject-all': 'Odmietnutie všetkého',
  'action.save': 'Uloženie voľby',
  'action.withdraw': 'Odvolanie súhlasu',
  'action.load-content': 'Načítanie blokovaného obsahu',
};

export default sk;
