import type { UiStrings } from './en.js';

/** Croatian (hrvatski). */
const hr: UiStrings = {
  'banner.label': 'Privola za kolačiće',
  'banner.title': 'Vaša privatnost – vaš izbor',
  'banner.body':
    '{owner} upotrebljava kolačiće i slične tehnologije. Nužni kolačići omogućuju rad stranice. Uz vašu privolu upotrebljavali bismo ih i u svrhe navedene u nastavku; ništa se neobavezno neće pokrenuti dok ne odlučite. Odluku možete promijeniti u bilo kojem trenutku putem poveznice „Postavke kolačića” na dnu svake stranice.',
  'banner.ownerFallback': 'Ova stranica',
  'banner.purposes': 'Neobavezne svrhe:',
  'policy.link': 'Politika privatnosti',
  'button.acceptAll': 'Prihvati sve',
  'button.rejectAll': 'Odbij sve',
  'button.customise': 'Prilagodi',
  'button.save': 'Spremi postavke',
  'button.close': 'Zatvori',
  'button.withdraw': 'Povuci privolu',
  'prefs.title': 'Postavke privatnosti',
  'prefs.intro':
    '{owner} želi upotrebljavati kolačiće i slične tehnologije u svrhe navedene u nastavku; vi odlučujete u koje. Neobavezne svrhe ostaju isključene dok ih ne uključite. Vaš se izbor sprema na ovom uređaju i ovdje ga u bilo kojem trenutku možete promijeniti ili povući privolu.',
  'prefs.alwaysOn': 'Uvijek uključeno',
  'prefs.services': 'Usluge i kolačići',
  'prefs.provider': 'Pružatelj',
  'prefs.cookie': 'Kolačić',
  'prefs.duration': 'Trajanje',
  'prefs.purpose': 'Svrha',
  'prefs.thirdParty': 'Dijeli se s trećom stranom',
  'prefs.yes': 'Da',
  'prefs.no': 'Ne',
  'prefs.decision': 'Trenutačni izbor spremljen je {date}. ID privole: {id}',
  'gpc.notice':
    'Vaš preglednik šalje signal Global Privacy Control i mi ga poštujemo. Zato i uz „Prihvati sve” ostaje isključeno sljedeće, dok to sami ne uključite: {categories}.',
  'link.settings': 'Postavke kolačića',
  'category.necessary.label': 'Nužni',
  'category.necessary.description':
    'Potrebni za rad stranice: sigurnost, raspodjela opterećenja i pamćenje ovog izbora o privatnosti. Ne mogu se isključiti.',
  'category.functional.label': 'Funkcionalni',
  'category.functional.description':
    'Pamte vaše postavke, poput jezika ili regije, i omogućuju značajke koje zatražite.',
  'category.analytics.label': 'Analitički',
  'category.analytics.description':
    'Broje posjete i pokazuju kako se čitaju pojedine stranice, kako bismo mogli poboljšati uslugu.',
  'category.marketing.label': 'Marketinški',
  'category.marketing.description':
    'Prikazuju vam relevantne oglase i mjere koliko su uspješni, i na drugim stranicama.',
  'placeholder.title': 'Sadržaj je blokiran',
  'placeholder.body':
    'Ovaj sadržaj pruža {provider} i pripada kategoriji „{category}”. Ako ga učitate, dopuštate samo sadržaj pružatelja {provider}; ništa se drugo ne uključuje.',
  'placeholder.providerFallback': 'druga stranica',
  'placeholder.load': 'Učitaj sadržaj',
  'placeholder.settings': 'Postavke kolačića',
  'history.show': 'Povijest privola',
  'history.title': 'Povijest privola na ovom uređaju',
  'history.empty': 'Na ovom uređaju još nije spremljena nijedna odluka.',
  'history.date': 'Datum',
  'history.action': 'Izbor',
  'history.categories': 'Dopušteno',
  'history.none': 'Samo nužni',
  'history.count': 'Spremljene odluke: {count}',
  'history.verified': 'Zapis je potpun i nepromijenjen.',
  'history.broken': 'Zapis je promijenjen ili nepotpun.',
  'history.downloadJson': 'Preuzmi JSON',
  'history.downloadCsv': 'Preuzmi CSV',
  'history.back': 'Natrag na postavke',
  'history.receipt': 'Potvrda',
  'receipt.none': 'Još nije poslano',
  'receipt.received': 'Stranica je primila',
  'receipt.flagged': 'Primljeno, označeno za provjeru',
  'receipt.refused': 'Stranica je odbila',
  'action.accept-all': 'Sve prihvaćeno',
  'action.reject-all': 'Sve odbijeno',
  'action.save': 'Izbor spremljen',
  'action.withdraw': 'Privola povučena',
  'action.load-content': 'Blokirani sadržaj učitan',
};

export default hr;
