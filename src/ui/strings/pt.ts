import type { UiStrings } from './en.js';

/** Portuguese (português, European). */
const pt: UiStrings = {
  'banner.label': 'Consentimento de cookies',
  'banner.title': 'As suas opções de privacidade',
  'banner.body':
    '{owner} utiliza cookies e tecnologias semelhantes. Os estritamente necessários garantem o funcionamento do site. Com o seu consentimento, também os utilizaríamos para as finalidades indicadas abaixo; nada de opcional é ativado antes de fazer a sua escolha. Pode mudar de ideias em qualquer momento em «Definições de cookies», no rodapé de cada página.',
  'banner.ownerFallback': 'Este site',
  'banner.purposes': 'Finalidades opcionais:',
  'policy.link': 'Política de privacidade',
  'button.acceptAll': 'Aceitar tudo',
  'button.rejectAll': 'Rejeitar tudo',
  'button.customise': 'Personalizar',
  'button.save': 'Guardar preferências',
  'button.close': 'Fechar',
  'button.withdraw': 'Retirar consentimento',
  'prefs.title': 'Preferências de privacidade',
  'prefs.intro':
    '{owner} pretende utilizar cookies e tecnologias semelhantes para as finalidades indicadas abaixo; a decisão é sua. As finalidades opcionais ficam desativadas até que as ative. A sua escolha fica guardada neste dispositivo e pode alterá-la ou retirar o consentimento aqui em qualquer momento.',
  'prefs.alwaysOn': 'Sempre ativos',
  'prefs.services': 'Serviços e cookies',
  'prefs.provider': 'Fornecedor',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Duração',
  'prefs.purpose': 'Finalidade',
  'prefs.thirdParty': 'Partilhado com terceiros',
  'prefs.yes': 'Sim',
  'prefs.no': 'Não',
  'prefs.decision': 'A sua escolha atual foi registada a {date}. ID do consentimento: {id}',
  'gpc.notice':
    'O seu navegador envia um sinal Global Privacy Control e nós respeitamo-lo. Por isso, mesmo com «Aceitar tudo», o seguinte continua desativado, a menos que o ative: {categories}.',
  'link.settings': 'Definições de cookies',
  'category.necessary.label': 'Estritamente necessários',
  'category.necessary.description':
    'Indispensáveis ao funcionamento do site: segurança, distribuição de carga e memorização desta escolha de privacidade. Não podem ser desativados.',
  'category.functional.label': 'Funcionais',
  'category.functional.description':
    'Memorizam as suas definições, como o idioma ou a região, e ativam as funcionalidades que solicitar.',
  'category.analytics.label': 'Análise',
  'category.analytics.description':
    'Contam as visitas e mostram como as páginas são utilizadas, para podermos melhorar o site.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description':
    'Mostram publicidade relevante para si e medem a sua eficácia, também noutros sites.',
  'placeholder.title': 'Conteúdo bloqueado',
  'placeholder.body':
    'Este conteúdo é fornecido por {provider} e pertence à categoria «{category}». Ao carregá-lo, autoriza apenas o conteúdo de {provider}; nada mais é ativado.',
  'placeholder.providerFallback': 'outro site',
  'placeholder.load': 'Carregar conteúdo',
  'placeholder.settings': 'Definições de cookies',
  'history.show': 'Histórico de consentimento',
  'history.title': 'Histórico de consentimento neste dispositivo',
  'history.empty': 'Ainda não foi registada nenhuma decisão neste dispositivo.',
  'history.date': 'Data',
  'history.action': 'Escolha',
  'history.categories': 'Permitido',
  'history.none': 'Apenas estritamente necessários',
  'history.count': 'Decisões registadas: {count}',
  'history.verified': 'O registo está completo e não foi alterado.',
  'history.broken': 'O registo foi alterado ou está incompleto.',
  'history.downloadJson': 'Transferir JSON',
  'history.downloadCsv': 'Transferir CSV',
  'history.back': 'Voltar às preferências',
  'history.receipt': 'Comprovativo',
  'receipt.none': 'Ainda não enviada',
  'receipt.received': 'Recebida pelo site',
  'receipt.flagged': 'Recebida, assinalada para revisão',
  'receipt.refused': 'Recusada pelo site',
  'action.accept-all': 'Tudo aceite',
  'action.reject-all': 'Tudo rejeitado',
  'action.save': 'Escolha guardada',
  'action.withdraw': 'Consentimento retirado',
  'action.load-content': 'Conteúdo bloqueado carregado',
};

export default pt;
