import type { UiStrings } from './en.js';

/** Danish (dansk). */
const da: UiStrings = {
  'banner.label': 'Samtykke til cookies',
  'banner.title': 'Dine valg om privatliv',
  'banner.body':
    '{owner} bruger cookies og lignende teknologier. Strengt nødvendige cookies får webstedet til at fungere. Med dit samtykke vil vi også bruge dem til formålene nedenfor; intet valgfrit aktiveres, før du har truffet dit valg. Du kan til enhver tid ændre dit valg under »Cookieindstillinger« nederst på hver side.',
  'banner.ownerFallback': 'Dette websted',
  'banner.purposes': 'Valgfrie formål:',
  'policy.link': 'Privatlivspolitik',
  'button.acceptAll': 'Accepter alle',
  'button.rejectAll': 'Afvis alle',
  'button.customise': 'Tilpas',
  'button.save': 'Gem indstillinger',
  'button.close': 'Luk',
  'button.withdraw': 'Træk samtykke tilbage',
  'prefs.title': 'Privatlivsindstillinger',
  'prefs.intro':
    '{owner} vil gerne bruge cookies og lignende teknologier til formålene nedenfor; du bestemmer hvilke. Valgfrie formål er slået fra, indtil du slår dem til. Dit valg gemmes på denne enhed, og du kan til enhver tid ændre det eller trække dit samtykke tilbage her.',
  'prefs.alwaysOn': 'Altid aktiv',
  'prefs.services': 'Tjenester og cookies',
  'prefs.provider': 'Udbyder',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Varighed',
  'prefs.purpose': 'Formål',
  'prefs.thirdParty': 'Deles med tredjepart',
  'prefs.yes': 'Ja',
  'prefs.no': 'Nej',
  'prefs.decision': 'Dit nuværende valg blev truffet den {date}. Samtykke-ID: {id}',
  'gpc.notice':
    'Din browser sender et Global Privacy Control-signal, og det respekterer vi. Derfor forbliver følgende slået fra, også ved »Accepter alle«, medmindre du selv slår det til: {categories}.',
  'link.settings': 'Cookieindstillinger',
  'category.necessary.label': 'Strengt nødvendige',
  'category.necessary.description':
    'Kræves for at webstedet fungerer: sikkerhed, belastningsfordeling og at huske dette valg om privatliv. De kan ikke slås fra.',
  'category.functional.label': 'Funktionelle',
  'category.functional.description':
    'Husker dine indstillinger, fx sprog eller område, og gør det muligt at bruge funktioner, du beder om.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description':
    'Tæller besøg og viser, hvordan siderne bruges, så vi kan forbedre webstedet.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description':
    'Viser annoncer, der er relevante for dig, og måler, hvor godt de virker, også på andre websteder.',
  'placeholder.title': 'Indhold blokeret',
  'placeholder.body':
    'Dette indhold leveres af {provider} og hører under kategorien »{category}«. Hvis du indlæser det, tillader du kun indhold fra {provider}; intet andet slås til.',
  'placeholder.providerFallback': 'et andet websted',
  'placeholder.load': 'Indlæs indhold',
  'placeholder.settings': 'Cookieindstillinger',
  'history.show': 'Samtykkehistorik',
  'history.title': 'Samtykkehistorik på denne enhed',
  'history.empty': 'Der er endnu ikke registreret noget valg på denne enhed.',
  'history.date': 'Dato',
  'history.action': 'Valg',
  'history.categories': 'Tilladt',
  'history.none': 'Kun strengt nødvendige',
  'history.count': 'Registrerede valg: {count}',
  'history.verified': 'Loggen er komplet og uændret.',
  'history.broken': 'Loggen er blevet ændret eller er ufuldstændig.',
  'history.downloadJson': 'Download JSON',
  'history.downloadCsv': 'Download CSV',
  'history.back': 'Tilbage til indstillinger',
  'history.receipt': 'Kvittering',
  'receipt.none': 'Endnu ikke sendt',
  'receipt.received': 'Modtaget af webstedet',
  'receipt.flagged': 'Modtaget, markeret til gennemgang',
  'receipt.refused': 'Afvist af webstedet',
  'action.accept-all': 'Alle accepteret',
  'action.reject-all': 'Alle afvist',
  'action.save': 'Valg gemt',
  'action.withdraw': 'Samtykke trukket tilbage',
  'action.load-content': 'Blokeret indhold indlæst',
};

export default da;
