import type { UiStrings } from './en.js';

/** German (Deutsch). */
const de: UiStrings = {
  'banner.label': 'Cookie-Einwilligung',
  'banner.title': 'Ihre Entscheidung zum Datenschutz',
  'banner.body':
    '{owner} verwendet Cookies und ähnliche Technologien. Unbedingt erforderliche Cookies sorgen dafür, dass die Website funktioniert. Mit Ihrer Einwilligung würden wir sie auch für die unten genannten Zwecke einsetzen; Optionales bleibt aus, bis Sie sich entschieden haben. Sie können Ihre Entscheidung jederzeit über „Cookie-Einstellungen“ unten auf jeder Seite ändern.',
  'banner.ownerFallback': 'Diese Website',
  'banner.purposes': 'Optionale Zwecke:',
  'policy.link': 'Datenschutzerklärung',
  'button.acceptAll': 'Alle akzeptieren',
  'button.rejectAll': 'Alle ablehnen',
  'button.customise': 'Anpassen',
  'button.save': 'Auswahl speichern',
  'button.close': 'Schließen',
  'button.withdraw': 'Einwilligung widerrufen',
  'prefs.title': 'Datenschutz-Einstellungen',
  'prefs.intro':
    '{owner} möchte Cookies und ähnliche Technologien für die folgenden Zwecke einsetzen – Sie entscheiden, wofür. Optionale Zwecke bleiben ausgeschaltet, bis Sie sie einschalten. Ihre Auswahl wird auf diesem Gerät gespeichert; Sie können sie hier jederzeit ändern oder widerrufen.',
  'prefs.alwaysOn': 'Immer aktiv',
  'prefs.services': 'Dienste und Cookies',
  'prefs.provider': 'Anbieter',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Speicherdauer',
  'prefs.purpose': 'Zweck',
  'prefs.thirdParty': 'Weitergabe an Dritte',
  'prefs.yes': 'Ja',
  'prefs.no': 'Nein',
  'prefs.decision': 'Ihre aktuelle Auswahl wurde am {date} gespeichert. Einwilligungs-ID: {id}',
  'gpc.notice':
    'Ihr Browser sendet das Signal Global Privacy Control, und wir respektieren es: Auch bei „Alle akzeptieren“ bleibt Folgendes ausgeschaltet, solange Sie es nicht selbst einschalten: {categories}.',
  'link.settings': 'Cookie-Einstellungen',
  'category.necessary.label': 'Unbedingt erforderlich',
  'category.necessary.description':
    'Für den Betrieb der Website nötig: Sicherheit, Lastverteilung und das Speichern dieser Datenschutz-Auswahl. Diese Kategorie lässt sich nicht ausschalten.',
  'category.functional.label': 'Funktional',
  'category.functional.description':
    'Damit merken wir uns Ihre Einstellungen, etwa Sprache oder Region, und stellen Funktionen bereit, die Sie anfordern.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description':
    'Damit zählen wir Besuche und sehen, wie die Seiten genutzt werden, um die Website zu verbessern.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description':
    'Damit zeigen wir Ihnen Werbung, die für Sie relevant ist, und messen ihre Wirkung – auch auf anderen Websites.',
  'placeholder.title': 'Inhalt blockiert',
  'placeholder.body':
    'Diesen Inhalt stellt {provider} bereit; er gehört zur Kategorie „{category}“. Wenn Sie ihn laden, erlauben Sie nur Inhalte von {provider}; sonst wird nichts eingeschaltet.',
  'placeholder.providerFallback': 'eine andere Website',
  'placeholder.load': 'Inhalt laden',
  'placeholder.settings': 'Cookie-Einstellungen',
  'history.show': 'Einwilligungsverlauf',
  'history.title': 'Einwilligungsverlauf auf diesem Gerät',
  'history.empty': 'Auf diesem Gerät wurde noch keine Entscheidung gespeichert.',
  'history.date': 'Datum',
  'history.action': 'Auswahl',
  'history.categories': 'Erlaubt',
  'history.none': 'Nur unbedingt erforderliche',
  'history.count': 'Gespeicherte Entscheidungen: {count}',
  'history.verified': 'Das Protokoll ist vollständig und unverändert.',
  'history.broken': 'Das Protokoll wurde verändert oder ist unvollständig.',
  'history.downloadJson': 'JSON herunterladen',
  'history.downloadCsv': 'CSV herunterladen',
  'history.back': 'Zurück zu den Einstellungen',
  'history.receipt': 'Bestätigung',
  'receipt.none': 'Noch nicht gesendet',
  'receipt.received': 'Von der Website empfangen',
  'receipt.flagged': 'Empfangen, zur Prüfung vorgemerkt',
  'receipt.refused': 'Von der Website abgelehnt',
  'action.accept-all': 'Alle akzeptiert',
  'action.reject-all': 'Alle abgelehnt',
  'action.save': 'Auswahl gespeichert',
  'action.withdraw': 'Einwilligung widerrufen',
  'action.load-content': 'Blockierter Inhalt geladen',
};

export default de;
