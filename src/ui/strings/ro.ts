import type { UiStrings } from './en.js';

/** Romanian (română). */
const ro: UiStrings = {
  'banner.label': 'Consimțământ pentru cookie-uri',
  'banner.title': 'Opțiunile dumneavoastră de confidențialitate',
  'banner.body':
    '{owner} folosește cookie-uri și tehnologii similare. Cele strict necesare asigură funcționarea site-ului. Cu consimțământul dumneavoastră, le-am folosi și în scopurile de mai jos; nimic opțional nu este activat până nu alegeți. Vă puteți răzgândi oricând din „Setări cookie-uri”, în partea de jos a fiecărei pagini.',
  'banner.ownerFallback': 'Acest site',
  'banner.purposes': 'Scopuri opționale:',
  'policy.link': 'Politica de confidențialitate',
  'button.acceptAll': 'Acceptați tot',
  'button.rejectAll': 'Respingeți tot',
  'button.customise': 'Personalizați',
  'button.save': 'Salvați preferințele',
  'button.close': 'Închideți',
  'button.withdraw': 'Retrageți consimțământul',
  'prefs.title': 'Preferințe de confidențialitate',
  'prefs.intro':
    '{owner} ar dori să folosească cookie-uri și tehnologii similare în scopurile de mai jos; dumneavoastră decideți în care. Scopurile opționale rămân dezactivate până când le activați. Alegerea dumneavoastră este păstrată pe acest dispozitiv și o puteți modifica aici oricând sau vă puteți retrage consimțământul.',
  'prefs.alwaysOn': 'Mereu active',
  'prefs.services': 'Servicii și cookie-uri',
  'prefs.provider': 'Furnizor',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Durată',
  'prefs.purpose': 'Scop',
  'prefs.thirdParty': 'Partajat cu un terț',
  'prefs.yes': 'Da',
  'prefs.no': 'Nu',
  'prefs.decision': 'Alegerea actuală a fost înregistrată pe {date}. ID consimțământ: {id}',
  'gpc.notice':
    'Browserul dumneavoastră trimite semnalul Global Privacy Control, iar noi îl respectăm. De aceea, chiar și cu „Acceptați tot”, următoarele rămân dezactivate dacă nu le activați chiar dumneavoastră: {categories}.',
  'link.settings': 'Setări cookie-uri',
  'category.necessary.label': 'Strict necesare',
  'category.necessary.description':
    'Necesare pentru funcționarea site-ului: securitate, echilibrarea încărcării și memorarea acestei alegeri de confidențialitate. Nu pot fi dezactivate.',
  'category.functional.label': 'Funcționale',
  'category.functional.description':
    'Rețin setările dumneavoastră, cum ar fi limba sau regiunea, și activează funcțiile pe care le solicitați.',
  'category.analytics.label': 'Analitice',
  'category.analytics.description':
    'Numără vizitele și arată cum sunt folosite paginile, ca să putem îmbunătăți site-ul.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description':
    'Afișează publicitate relevantă pentru dumneavoastră și măsoară cât de eficientă este, inclusiv pe alte site-uri.',
  'placeholder.title': 'Conținut blocat',
  'placeholder.body':
    'Acest conținut este furnizat de {provider} și face parte din categoria „{category}”. Dacă îl încărcați, permiteți doar conținutul de la {provider}; nimic altceva nu este activat.',
  'placeholder.providerFallback': 'alt site',
  'placeholder.load': 'Încărcați conținutul',
  'placeholder.settings': 'Setări cookie-uri',
  'history.show': 'Istoricul consimțământului',
  'history.title': 'Istoricul consimțământului pe acest dispozitiv',
  'history.empty': 'Nicio decizie nu a fost încă înregistrată pe acest dispozitiv.',
  'history.date': 'Data',
  'history.action': 'Alegere',
  'history.categories': 'Permise',
  'history.none': 'Doar strict necesare',
  'history.count': 'Decizii înregistrate: {count}',
  'history.verified': 'Registrul este complet și nemodificat.',
  'history.broken': 'Registrul a fost modificat sau este incomplet.',
  'history.downloadJson': 'Descărcați JSON',
  'history.downloadCsv': 'Descărcați CSV',
  'history.back': 'Înapoi la preferințe',
  'history.receipt': 'Confirmare',
  'receipt.none': 'Încă netrimisă',
  'receipt.received': 'Primită de site',
  'receipt.flagged': 'Primită, marcată pentru verificare',
  'receipt.refused': 'Refuzată de site',
  'action.accept-all': 'Acceptare totală',
  'action.reject-all': 'Respingere totală',
  'action.save': 'Alegere salvată',
  'action.withdraw': 'Consimțământ retras',
  'action.load-content': 'Conținut blocat încărcat',
};

export default ro;
