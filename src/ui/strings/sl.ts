import type { UiStrings } from './en.js';

/** Slovenian (slovenščina). */
const sl: UiStrings = {
  'banner.label': 'Privolitev za piškotke',
  'banner.title': 'Vaše izbire glede zasebnosti',
  'banner.body':
    '{owner} uporablja piškotke in podobne tehnologije. Nujno potrebni piškotki skrbijo za delovanje spletnega mesta. Z vašo privolitvijo bi jih uporabljali tudi za spodaj navedene namene; nič neobveznega se ne zažene, dokler se ne odločite. Odločitev lahko kadar koli spremenite prek povezave »Nastavitve piškotkov« na dnu vsake strani.',
  'banner.ownerFallback': 'To spletno mesto',
  'banner.purposes': 'Neobvezni nameni:',
  'policy.link': 'Politika zasebnosti',
  'button.acceptAll': 'Sprejmi vse',
  'button.rejectAll': 'Zavrni vse',
  'button.customise': 'Prilagodi',
  'button.save': 'Shrani nastavitve',
  'button.close': 'Zapri',
  'button.withdraw': 'Prekliči privolitev',
  'prefs.title': 'Nastavitve zasebnosti',
  'prefs.intro':
    '{owner} želi uporabljati piškotke in podobne tehnologije za spodaj navedene namene; vi odločite, za katere. Neobvezni nameni ostanejo izklopljeni, dokler jih ne vklopite. Vaša izbira se shrani v tej napravi in jo lahko tukaj kadar koli spremenite ali privolitev prekličete.',
  'prefs.alwaysOn': 'Vedno vklopljeno',
  'prefs.services': 'Storitve in piškotki',
  'prefs.provider': 'Ponudnik',
  'prefs.cookie': 'Piškotek',
  'prefs.duration': 'Trajanje',
  'prefs.purpose': 'Namen',
  'prefs.thirdParty': 'Posredovano tretji osebi',
  'prefs.yes': 'Da',
  'prefs.no': 'Ne',
  'prefs.decision': 'Čas trenutne izbire: {date}. ID privolitve: {id}',
  'gpc.notice':
    'Vaš brskalnik pošilja signal Global Privacy Control, ki ga upoštevamo. Zato tudi ob izbiri »Sprejmi vse« ostane izklopljeno naslednje, dokler tega ne vklopite sami: {categories}.',
  'link.settings': 'Nastavitve piškotkov',
  'category.necessary.label': 'Nujno potrebni',
  'category.necessary.description':
    'Potrebni za delovanje spletnega mesta: varnost, porazdelitev obremenitve in shranjevanje te izbire glede zasebnosti. Izklopiti jih ni mogoče.',
  'category.functional.label': 'Funkcionalni',
  'category.functional.description':
    'Zapomnijo si vaše nastavitve, na primer jezik ali regijo, in omogočajo funkcije, ki jih zahtevate.',
  'category.analytics.label': 'Analitični',
  'category.analytics.description':
    'Štejejo obiske in kažejo, kako se strani uporabljajo, da lahko izboljšamo spletno mesto.',
  'category.marketing.label': 'Oglaševalski',
  'category.marketing.description':
    'Prikazujejo oglase, ki so za vas zanimivi, in merijo njihovo uspešnost, tudi na drugih spletnih mestih.',
  'placeholder.title': 'Vsebina je blokirana',
  'placeholder.body':
    'To vsebino zagotavlja {provider} in spada v kategorijo »{category}«. Če jo naložite, dovolite le vsebino ponudnika {provider}; nič drugega se ne vklopi.',
  'placeholder.providerFallback': 'drugo spletno mesto',
  'placeholder.load': 'Naloži vsebino',
  'placeholder.settings': 'Nastavitve piškotkov',
  'history.show': 'Zgodovina privolitev',
  'history.title': 'Zgodovina privolitev v tej napravi',
  'history.empty': 'V tej napravi še ni shranjena nobena odločitev.',
  'history.date': 'Datum',
  'history.action': 'Izbira',
  'history.categories': 'Dovoljeno',
  'history.none': 'Samo nujno potrebni',
  'history.count': 'Shranjene odločitve: {count}',
  'history.verified': 'Zapis je popoln in nespremenjen.',
  'history.broken': 'Zapis je bil spremenjen ali ni popoln.',
  'history.downloadJson': 'Prenesi JSON',
  'history.downloadCsv': 'Prenesi CSV',
  'history.back': 'Nazaj na nastavitve',
  'history.receipt': 'Potrdilo',
  'receipt.none': 'Še ni poslano',
  'receipt.received': 'Spletno mesto je prejelo',
  'receipt.flagged': 'Prejeto, označeno za pregled',
  'receipt.refused': 'Spletno mesto je zavrnilo',
  'action.accept-all': 'Vse sprejeto',
  'action.reject-all': 'Vse zavrnjeno',
  'action.save': 'Izbira shranjena',
  'action.withdraw': 'Privolitev preklicana',
  'action.load-content': 'Blokirana vsebina naložena',
};

export default sl;
