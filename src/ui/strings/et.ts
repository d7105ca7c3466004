import type { UiStrings } from './en.js';

/** Estonian (eesti). */
const et: UiStrings = {
  'banner.label': 'Küpsiste nõusolek',
  'banner.title': 'Teie privaatsusvalikud',
  'banner.body':
    '{owner} kasutab küpsiseid ja sarnaseid tehnoloogiaid. Hädavajalikud küpsised tagavad, et veebisait töötab. Teie nõusolekul kasutaksime neid ka allpool nimetatud eesmärkidel; midagi valikulist ei käivitata enne, kui olete valiku teinud. Saate oma otsust igal ajal muuta iga lehe allservas oleva lingi „Küpsiste seaded“ kaudu.',
  'banner.ownerFallback': 'See veebisait',
  'banner.purposes': 'Valikulised eesmärgid:',
  'policy.link': 'Privaatsuspoliitika',
  'button.acceptAll': 'Nõustu kõigiga',
  'button.rejectAll': 'Keeldu kõigist',
  'button.customise': 'Kohanda',
  'button.save': 'Salvesta eelistused',
  'button.close': 'Sulge',
  'button.withdraw': 'Võta nõusolek tagasi',
  'prefs.title': 'Privaatsuseelistused',
  'prefs.intro':
    '{owner} soovib kasutada küpsiseid ja sarnaseid tehnoloogiaid allpool nimetatud eesmärkidel; teie otsustate, milliste jaoks. Valikulised eesmärgid jäävad välja lülitatuks, kuni te need sisse lülitate. Teie valik salvestatakse selles seadmes ning saate seda siin igal ajal muuta või nõusoleku tagasi võtta.',
  'prefs.alwaysOn': 'Alati sees',
  'prefs.services': 'Teenused ja küpsised',
  'prefs.provider': 'Teenusepakkuja',
  'prefs.cookie': 'Küpsis',
  'prefs.duration': 'Kehtivus',
  'prefs.purpose': 'Eesmärk',
  'prefs.thirdParty': 'Jagatakse kolmanda osapoolega',
  'prefs.yes': 'Jah',
  'prefs.no': 'Ei',
  'prefs.decision': 'Praeguse valiku aeg: {date}. Nõusoleku ID: {id}',
  'gpc.notice':
    'Teie brauser saadab signaali Global Privacy Control ja me järgime seda. Seetõttu jääb ka valikuga „Nõustu kõigiga“ välja lülitatuks järgmine, kui te seda ise sisse ei lülita: {categories}.',
  'link.settings': 'Küpsiste seaded',
  'category.necessary.label': 'Hädavajalikud',
  'category.necessary.description':
    'Vajalikud veebisaidi toimimiseks: turvalisus, koormuse jaotamine ja selle privaatsusvaliku meelespidamine. Neid ei saa välja lülitada.',
  'category.functional.label': 'Funktsionaalsed',
  'category.functional.description':
    'Jätavad meelde teie seaded, näiteks keele või piirkonna, ja võimaldavad funktsioone, mida soovite kasutada.',
  'category.analytics.label': 'Analüütika',
  'category.analytics.description':
    'Loendavad külastusi ja näitavad, kuidas lehti kasutatakse, et saaksime veebisaiti paremaks muuta.',
  'category.marketing.label': 'Turundus',
  'category.marketing.description':
    'Näitavad teile asjakohaseid reklaame ja mõõdavad nende tulemuslikkust, ka teistel veebisaitidel.',
  'placeholder.title': 'Sisu on blokeeritud',
  'placeholder.body':
    'Selle sisu pakub {provider} ja see kuulub kategooriasse „{category}“. Kui selle laadite, lubate ainult pakkuja {provider} sisu; midagi muud sisse ei lülitata.',
  'placeholder.providerFallback': 'teine veebisait',
  'placeholder.load': 'Laadi sisu',
  'placeholder.settings': 'Küpsiste seaded',
  'history.show': 'Nõusolekute ajalugu',
  'history.title': 'Nõusolekute ajalugu selles seadmes',
  'history.empty': 'Selles seadmes pole veel ühtegi otsust salvestatud.',
  'history.date': 'Kuupäev',
  'history.action': 'Valik',
  'history.categories': 'Lubatud',
  'history.none': 'Ainult hädavajalikud',
  'history.count': 'Salvestatud otsused: {count}',
  'history.verified': 'Logi on täielik ja muutmata.',
  'history.broken': 'Logi on muudetud või puudulik.',
  'history.downloadJson': 'Laadi alla JSON',
  'history.downloadCsv': 'Laadi alla CSV',
  'history.back': 'Tagasi eelistuste juurde',
  'history.receipt': 'Kinnitus',
  'receipt.none': 'Veel saatmata',
  'receipt.received': 'Veebisait võttis vastu',
  'receipt.flagged': 'Vastu võetud, märgitud kontrolliks',
  'receipt.refused': 'Veebisait lükkas tagasi',
  'action.accept-all': 'Kõigiga nõustutud',
  'action.reject-all': 'Kõigist keeldutud',
  'action.save': 'Valik salvestatud',
  'action.withdraw': 'Nõusolek tagasi võetud',
  'action.load-content': 'Blokeeritud sisu laaditud',
};

export default et;
