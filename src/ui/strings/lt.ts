import type { UiStrings } from './en.js';

/** Lithuanian (lietuvių). */
const lt: UiStrings = {
  'banner.label': 'Sutikimas dėl slapukų',
  'banner.title': 'Jūsų privatumo pasirinkimai',
  'banner.body':
    '{owner} naudoja slapukus ir panašias technologijas. Būtinieji slapukai užtikrina, kad svetainė veiktų. Jums sutikus, juos naudotume ir toliau nurodytais tikslais; niekas, kas neprivaloma, neįjungiama, kol nepasirinksite. Savo sprendimą bet kada galite pakeisti per nuorodą „Slapukų nustatymai“ kiekvieno puslapio apačioje.',
  'banner.ownerFallback': 'Ši svetainė',
  'banner.purposes': 'Neprivalomi tikslai:',
  'policy.link': 'Privatumo politika',
  'button.acceptAll': 'Priimti visus',
  'button.rejectAll': 'Atmesti visus',
  'button.customise': 'Tinkinti',
  'button.save': 'Išsaugoti nuostatas',
  'button.close': 'Uždaryti',
  'button.withdraw': 'Atšaukti sutikimą',
  'prefs.title': 'Privatumo nuostatos',
  'prefs.intro':
    '{owner} norėtų naudoti slapukus ir panašias technologijas toliau nurodytais tikslais; jūs sprendžiate, kuriais. Neprivalomi tikslai lieka išjungti, kol jų neįjungsite. Jūsų pasirinkimas saugomas šiame įrenginyje, ir čia bet kada galite jį pakeisti arba atšaukti sutikimą.',
  'prefs.alwaysOn': 'Visada įjungti',
  'prefs.services': 'Paslaugos ir slapukai',
  'prefs.provider': 'Teikėjas',
  'prefs.cookie': 'Slapukas',
  'prefs.duration': 'Galiojimo laikas',
  'prefs.purpose': 'Tikslas',
  'prefs.thirdParty': 'Perduodama trečiajai šaliai',
  'prefs.yes': 'Taip',
  'prefs.no': 'Ne',
  'prefs.decision': 'Dabartinis pasirinkimas išsaugotas {date}. Sutikimo ID: {id}',
  'gpc.notice':
    'Jūsų naršyklė siunčia signalą Global Privacy Control, ir mes jį gerbiame. Todėl net pasirinkus „Priimti visus“ šios kategorijos lieka išjungtos, kol jų neįjungsite: {categories}.',
  'link.settings': 'Slapukų nustatymai',
  'category.necessary.label': 'Būtinieji',
  'category.necessary.description':
    'Reikalingi svetainės veikimui: saugumui, apkrovos paskirstymui ir šio privatumo pasirinkimo įsiminimui. Jų išjungti negalima.',
  'category.functional.label': 'Funkciniai',
  'category.functional.description':
    'Įsimena jūsų nustatymus, pavyzdžiui, kalbą ar regioną, ir įgalina funkcijas, kurių paprašote.',
  'category.analytics.label': 'Analitiniai',
  'category.analytics.description':
    'Skaičiuoja apsilankymus ir parodo, kaip naudojami puslapiai, kad galėtume tobulinti svetainę.',
  'category.marketing.label': 'Rinkodaros',
  'category.marketing.description':
    'Rodo jums aktualią reklamą ir matuoja jos veiksmingumą, taip pat kitose svetainėse.',
  'placeholder.title': 'Turinys užblokuotas',
  'placeholder.body':
    'Šį turinį teikia {provider}, ir jis priskirtas kategorijai „{category}“. Jei jį įkelsite, leisite tik teikėjo {provider} turinį; niekas kita nebus įjungta.',
  'placeholder.providerFallback': 'kita svetainė',
  'placeholder.load': 'Įkelti turinį',
  'placeholder.settings': 'Slapukų nustatymai',
  'history.show': 'Sutikimų istorija',
  'history.title': 'Sutikimų istorija šiame įrenginyje',
  'history.empty': 'Šiame įrenginyje dar neišsaugotas nė vienas sprendimas.',
  'history.date': 'Data',
  'history.action': 'Pasirinkimas',
  'history.categories': 'Leidžiama',
  'history.none': 'Tik būtinieji',
  'history.count': 'Išsaugoti sprendimai: {count}',
  'history.verified': 'Įrašas išsamus ir nepakeistas.',
  'history.broken': 'Įrašas pakeistas arba neišsamus.',
  'history.downloadJson': 'Atsisiųsti JSON',
  'history.downloadCsv': 'Atsisiųsti CSV',
  'history.back': 'Atgal į nuostatas',
  'history.receipt': 'Patvirtinimas',
  'receipt.none': 'Dar neišsiųsta',
  'receipt.received': 'Svetainė gavo',
  'receipt.flagged': 'Gauta, pažymėta patikrinti',
  'receipt.refused': 'Svetainė atmetė',
  'action.accept-all': 'Visi priimti',
  'action.reject-all': 'Visi atmesti',
  'action.save': 'Pasirinkimas išsaugotas',
  'action.withdraw': 'Sutikimas atšauktas',
  'action.load-content': 'Įkeltas užblokuotas turinys',
};

export default lt;
