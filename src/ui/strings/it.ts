import type { UiStrings } from './en.js';

/** Italian (italiano). */
const it: UiStrings = {
  'banner.label': 'Consenso ai cookie',
  'banner.title': 'Le sue scelte sulla privacy',
  'banner.body':
    '{owner} utilizza cookie e tecnologie simili. Quelli strettamente necessari fanno funzionare il sito. Con il suo consenso li useremmo anche per le finalità indicate di seguito; nulla di facoltativo viene attivato prima della sua scelta. Può cambiare idea in qualsiasi momento da «Impostazioni cookie», in fondo a ogni pagina.',
  'banner.ownerFallback': 'Questo sito',
  'banner.purposes': 'Finalità facoltative:',
  'policy.link': 'Informativa sulla privacy',
  'button.acceptAll': 'Accetta tutto',
  'button.rejectAll': 'Rifiuta tutto',
  'button.customise': 'Personalizza',
  'button.save': 'Salva le preferenze',
  'button.close': 'Chiudi',
  'button.withdraw': 'Revoca il consenso',
  'prefs.title': 'Preferenze sulla privacy',
  'prefs.intro':
    '{owner} vorrebbe usare cookie e tecnologie simili per le finalità indicate di seguito: decide lei quali. Le finalità facoltative restano disattivate finché non le attiva. La sua scelta viene conservata su questo dispositivo e può modificarla o revocare il consenso qui in qualsiasi momento.',
  'prefs.alwaysOn': 'Sempre attivi',
  'prefs.services': 'Servizi e cookie',
  'prefs.provider': 'Fornitore',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Durata',
  'prefs.purpose': 'Finalità',
  'prefs.thirdParty': 'Condiviso con terzi',
  'prefs.yes': 'Sì',
  'prefs.no': 'No',
  'prefs.decision': 'La sua scelta attuale è stata registrata in data {date}. ID del consenso: {id}',
  'gpc.notice':
    'Il suo browser invia un segnale Global Privacy Control e noi lo rispettiamo. Per questo, anche con «Accetta tutto», resta disattivato quanto segue, a meno che non lo attivi lei: {categories}.',
  'link.settings': 'Impostazioni cookie',
  'category.necessary.label': 'Strettamente necessari',
  'category.necessary.description':
    'Servono al funzionamento del sito: sicurezza, bilanciamento del carico e memorizzazione di questa scelta sulla privacy. Non possono essere disattivati.',
  'category.functional.label': 'Funzionali',
  'category.functional.description':
    'Ricordano le sue impostazioni, come lingua o area geografica, e attivano le funzioni che richiede.',
  'category.analytics.label': 'Statistiche',
  'category.analytics.description':
    'Contano le visite e mostrano come vengono usate le pagine, per aiutarci a migliorare il sito.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description':
    'Mostrano pubblicità pertinente ai suoi interessi e ne misurano l’efficacia, anche su altri siti.',
  'placeholder.title': 'Contenuto bloccato',
  'placeholder.body':
    'Questo contenuto è fornito da {provider} e rientra nella categoria «{category}». Caricandolo, autorizza solo i contenuti di {provider}; nient’altro viene attivato.',
  'placeholder.providerFallback': 'un altro sito',
  'placeholder.load': 'Carica il contenuto',
  'placeholder.settings': 'Impostazioni cookie',
  'history.show': 'Cronologia del consenso',
  'history.title': 'Cronologia del consenso su questo dispositivo',
  'history.empty': 'Su questo dispositivo non è ancora stata registrata alcuna scelta.',
  'history.date': 'Data',
  'history.action': 'Scelta',
  'history.categories': 'Consentito',
  'history.none': 'Solo strettamente necessari',
  'history.count': 'Scelte registrate: {count}',
  'history.verified': 'Il registro è completo e non è stato alterato.',
  'history.broken': 'Il registro è stato alterato o è incompleto.',
  'history.downloadJson': 'Scarica JSON',
  'history.downloadCsv': 'Scarica CSV',
  'history.back': 'Torna alle preferenze',
  'history.receipt': 'Ricevuta',
  'receipt.none': 'Non ancora inviata',
  'receipt.received': 'Ricevuta dal sito',
  'receipt.flagged': 'Ricevuta, segnalata per verifica',
  'receipt.refused': 'Rifiutata dal sito',
  'action.accept-all': 'Accettato tutto',
  'action.reject-all': 'Rifiutato tutto',
  'action.save': 'Scelta salvata',
  'action.withdraw': 'Consenso revocato',
  'action.load-content': 'Contenuto bloccato caricato',
};

export default it;
