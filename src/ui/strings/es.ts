import type { UiStrings } from './en.js';

/** Spanish (español). */
const es: UiStrings = {
  'banner.label': 'Consentimiento de cookies',
  'banner.title': 'Sus opciones de privacidad',
  'banner.body':
    '{owner} utiliza cookies y tecnologías similares. Las estrictamente necesarias permiten que el sitio funcione. Con su consentimiento, también las usaríamos para las finalidades que se indican a continuación; no se activa nada opcional hasta que usted elija. Puede cambiar de opinión en cualquier momento en «Configuración de cookies», al pie de cada página.',
  'banner.ownerFallback': 'Este sitio',
  'banner.purposes': 'Finalidades opcionales:',
  'policy.link': 'Política de privacidad',
  'button.acceptAll': 'Aceptar todo',
  'button.rejectAll': 'Rechazar todo',
  'button.customise': 'Personalizar',
  'button.save': 'Guardar preferencias',
  'button.close': 'Cerrar',
  'button.withdraw': 'Retirar el consentimiento',
  'prefs.title': 'Preferencias de privacidad',
  'prefs.intro':
    '{owner} desea utilizar cookies y tecnologías similares para las finalidades que se indican a continuación; usted decide para cuáles. Las finalidades opcionales permanecen desactivadas hasta que usted las active. Su elección se guarda en este dispositivo y puede cambiarla o retirar su consentimiento aquí en cualquier momento.',
  'prefs.alwaysOn': 'Siempre activas',
  'prefs.services': 'Servicios y cookies',
  'prefs.provider': 'Proveedor',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Duración',
  'prefs.purpose': 'Finalidad',
  'prefs.thirdParty': 'Se comparte con terceros',
  'prefs.yes': 'Sí',
  'prefs.no': 'No',
  'prefs.decision': 'Su elección actual se registró el {date}. ID de consentimiento: {id}',
  'gpc.notice':
    'Su navegador envía una señal Global Privacy Control y la respetamos. Por eso, aunque pulse «Aceptar todo», lo siguiente seguirá desactivado salvo que lo active usted: {categories}.',
  'link.settings': 'Configuración de cookies',
  'category.necessary.label': 'Estrictamente necesarias',
  'category.necessary.description':
    'Imprescindibles para que el sitio funcione: seguridad, reparto de carga y recordar esta elección de privacidad. No se pueden desactivar.',
  'category.functional.label': 'Funcionales',
  'category.functional.description':
    'Recuerdan sus ajustes, como el idioma o la región, y permiten las funciones que usted solicita.',
  'category.analytics.label': 'Analíticas',
  'category.analytics.description':
    'Cuentan las visitas y muestran cómo se usan las páginas, para que podamos mejorar el sitio.',
  'category.marketing.label': 'Publicidad',
  'category.marketing.description':
    'Muestran publicidad relevante para usted y miden su eficacia, también en otros sitios.',
  'placeholder.title': 'Contenido bloqueado',
  'placeholder.body':
    'Este contenido lo proporciona {provider} y pertenece a la categoría «{category}». Si lo carga, autoriza solo el contenido de {provider}; no se activa nada más.',
  'placeholder.providerFallback': 'otro sitio',
  'placeholder.load': 'Cargar contenido',
  'placeholder.settings': 'Configuración de cookies',
  'history.show': 'Historial de consentimiento',
  'history.title': 'Historial de consentimiento en este dispositivo',
  'history.empty': 'Todavía no se ha registrado ninguna decisión en este dispositivo.',
  'history.date': 'Fecha',
  'history.action': 'Elección',
  'history.categories': 'Permitidas',
  'history.none': 'Solo las estrictamente necesarias',
  'history.count': 'Decisiones registradas: {count}',
  'history.verified': 'El registro está completo y no se ha alterado.',
  'history.broken': 'El registro se ha alterado o está incompleto.',
  'history.downloadJson': 'Descargar JSON',
  'history.downloadCsv': 'Descargar CSV',
  'history.back': 'Volver a las preferencias',
  'history.receipt': 'Acuse de recibo',
  'receipt.none': 'Aún no enviada',
  'receipt.received': 'Recibida por el sitio',
  'receipt.flagged': 'Recibida, marcada para revisión',
  'receipt.refused': 'Rechazada por el sitio',
  'action.accept-all': 'Todo aceptado',
  'action.reject-all': 'Todo rechazado',
  'action.save': 'Elección guardada',
  'action.withdraw': 'Consentimiento retirado',
  'action.load-content': 'Contenido bloqueado cargado',
};

export default es;
