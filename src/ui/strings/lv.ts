import type { UiStrings } from './en.js';

/** Latvian (latviešu). */
const lv: UiStrings = {
  'banner.label': 'Piekrišana sīkdatnēm',
  'banner.title': 'Jūsu privātuma izvēles',
  'banner.body':
    '{owner} izmanto sīkdatnes un līdzīgas tehnoloģijas. Strikti nepieciešamās sīkdatnes nodrošina vietnes darbību. Ar jūsu piekrišanu mēs tās izmantotu arī tālāk norādītajiem nolūkiem; nekas neobligāts netiek ieslēgts, pirms jūs izdarāt izvēli. Savu lēmumu varat jebkurā laikā mainīt, izmantojot saiti „Sīkdatņu iestatījumi“ katras lapas apakšā.',
  'banner.ownerFallback': 'Šī vietne',
  'banner.purposes': 'Neobligātie nolūki:',
  'policy.link': 'Privātuma politika',
  'button.acceptAll': 'Pieņemt visas',
  'button.rejectAll': 'Noraidīt visas',
  'button.customise': 'Pielāgot',
  'button.save': 'Saglabāt iestatījumus',
  'button.close': 'Aizvērt',
  'button.withdraw': 'Atsaukt piekrišanu',
  'prefs.title': 'Privātuma iestatījumi',
  'prefs.intro':
    '{owner} vēlētos izmantot sīkdatnes un līdzīgas tehnoloģijas tālāk norādītajiem nolūkiem; jūs izlemjat, kuriem. Neobligātie nolūki paliek izslēgti, līdz jūs tos ieslēdzat. Jūsu izvēle tiek saglabāta šajā ierīcē, un šeit to varat jebkurā laikā mainīt vai atsaukt piekrišanu.',
  'prefs.alwaysOn': 'Vienmēr ieslēgtas',
  'prefs.services': 'Pakalpojumi un sīkdatnes',
  'prefs.provider': 'Nodrošinātājs',
  'prefs.cookie': 'Sīkdatne',
  'prefs.duration': 'Glabāšanas ilgums',
  'prefs.purpose': 'Nolūks',
  'prefs.thirdParty': 'Tiek kopīgota ar trešo personu',
  'prefs.yes': 'Jā',
  'prefs.no': 'Nē',
  'prefs.decision': 'Pašreizējās izvēles laiks: {date}. Piekrišanas ID: {id}',
  'gpc.notice':
    'Jūsu pārlūkprogramma sūta signālu Global Privacy Control, un mēs to ievērojam. Tāpēc arī pēc izvēles „Pieņemt visas“ šīs kategorijas paliek izslēgtas, līdz jūs tās ieslēdzat: {categories}.',
  'link.settings': 'Sīkdatņu iestatījumi',
  'category.necessary.label': 'Strikti nepieciešamās',
  'category.necessary.description':
    'Vajadzīgas vietnes darbībai: drošībai, slodzes līdzsvarošanai un šīs privātuma izvēles atcerēšanai. Tās nevar izslēgt.',
  'category.functional.label': 'Funkcionālās',
  'category.functional.description':
    'Atceras jūsu iestatījumus, piemēram, valodu vai reģionu, un nodrošina funkcijas, ko pieprasāt.',
  'category.analytics.label': 'Analītika',
  'category.analytics.description':
    'Uzskaita apmeklējumus un parāda, kā tiek izmantotas lapas, lai mēs varētu uzlabot vietni.',
  'category.marketing.label': 'Mārketings',
  'category.marketing.description':
    'Rāda jums atbilstošu reklāmu un mēra tās efektivitāti, arī citās vietnēs.',
  'placeholder.title': 'Saturs bloķēts',
  'placeholder.body':
    'Šo saturu nodrošina {provider}, un tas pieder kategorijai „{category}“. Ja to ielādējat, atļaujat tikai pakalpojuma sniedzēja {provider} saturu; nekas cits netiek ieslēgts.',
  'placeholder.providerFallback': 'cita vietne',
  'placeholder.load': 'Ielādēt saturu',
  'placeholder.settings': 'Sīkdatņu iestatījumi',
  'history.show': 'Piekrišanu vēsture',
  'history.title': 'Piekrišanu vēsture šajā ierīcē',
  'history.empty': 'Šajā ierīcē vēl nav saglabāts neviens lēmums.',
  'history.date': 'Datums',
  'history.action': 'Izvēle',
  'history.categories': 'Atļauts',
  'history.none': 'Tikai strikti nepieciešamās',
  'history.count': 'Saglabātie lēmumi: {count}',
  'history.verified': 'Žurnāls ir pilnīgs un nemainīts.',
  'history.broken': 'Žurnāls ir mainīts vai nepilnīgs.',
  'history.downloadJson': 'Lejupielādēt JSON',
  'history.downloadCsv': 'Lejupielādēt CSV',
  'history.back': 'Atpakaļ uz iestatījumiem',
  'history.receipt': 'Apstiprinājums',
  'receipt.none': 'Vēl nav nosūtīts',
  'receipt.received': 'Vietne saņēma',
  'receipt.flagged': 'Saņemts, atzīmēts pārbaudei',
  'receipt.refused': 'Vietne noraidīja',
  'action.accept-all': 'Pieņemtas visas',
  'action.reject-all': 'Noraidītas visas',
  'action.save': 'Izvēle saglabāta',
  'action.withdraw': 'Piekrišana atsaukta',
  'action.load-content': 'Bloķētais saturs ielādēts',
};

export default lv;
