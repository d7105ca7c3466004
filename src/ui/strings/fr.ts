import type { UiStrings } from './en.js';

/** French (français). */
const fr: UiStrings = {
  'banner.label': 'Consentement aux cookies',
  'banner.title': 'Vos choix en matière de vie privée',
  'banner.body':
    '{owner} utilise des cookies et des technologies similaires. Les cookies strictement nécessaires assurent le fonctionnement du site. Avec votre consentement, nous les utiliserions aussi pour les finalités ci-dessous ; aucun cookie facultatif n’est activé avant que vous ayez fait votre choix. Vous pouvez changer d’avis à tout moment via « Paramètres des cookies », en bas de chaque page.',
  'banner.ownerFallback': 'Ce site',
  'banner.purposes': 'Finalités facultatives :',
  'policy.link': 'Politique de confidentialité',
  'button.acceptAll': 'Tout accepter',
  'button.rejectAll': 'Tout refuser',
  'button.customise': 'Personnaliser',
  'button.save': 'Enregistrer mes choix',
  'button.close': 'Fermer',
  'button.withdraw': 'Retirer mon consentement',
  'prefs.title': 'Préférences de confidentialité',
  'prefs.intro':
    '{owner} souhaite utiliser des cookies et des technologies similaires pour les finalités ci-dessous : c’est vous qui décidez lesquelles. Les finalités facultatives restent désactivées tant que vous ne les activez pas. Votre choix est conservé sur cet appareil ; vous pouvez le modifier ou retirer votre consentement ici à tout moment.',
  'prefs.alwaysOn': 'Toujours actifs',
  'prefs.services': 'Services et cookies',
  'prefs.provider': 'Fournisseur',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Durée de conservation',
  'prefs.purpose': 'Finalité',
  'prefs.thirdParty': 'Partagé avec un tiers',
  'prefs.yes': 'Oui',
  'prefs.no': 'Non',
  'prefs.decision': 'Votre choix actuel a été enregistré le {date}. Identifiant du consentement : {id}',
  'gpc.notice':
    'Votre navigateur envoie un signal Global Privacy Control, et nous le respectons. Même avec « Tout accepter », ce qui suit reste donc désactivé tant que vous ne l’activez pas vous-même : {categories}.',
  'link.settings': 'Paramètres des cookies',
  'category.necessary.label': 'Strictement nécessaires',
  'category.necessary.description':
    'Indispensables au fonctionnement du site : sécurité, répartition de la charge et mémorisation de ce choix. Ils ne peuvent pas être désactivés.',
  'category.functional.label': 'Fonctionnels',
  'category.functional.description':
    'Ils mémorisent vos réglages, comme la langue ou la région, et permettent les fonctionnalités que vous demandez.',
  'category.analytics.label': 'Mesure d’audience',
  'category.analytics.description':
    'Ils permettent de compter les visites et de voir comment les pages sont consultées, afin d’améliorer le site.',
  'category.marketing.label': 'Publicité',
  'category.marketing.description':
    'Ils affichent des publicités adaptées à vos centres d’intérêt et mesurent leur efficacité, y compris sur d’autres sites.',
  'placeholder.title': 'Contenu bloqué',
  'placeholder.body':
    'Ce contenu est fourni par {provider} et relève de la catégorie « {category} ». Le charger autorise uniquement le contenu de {provider} ; rien d’autre n’est activé.',
  'placeholder.providerFallback': 'un autre site',
  'placeholder.load': 'Charger le contenu',
  'placeholder.settings': 'Paramètres des cookies',
  'history.show': 'Historique du consentement',
  'history.title': 'Historique du consentement sur cet appareil',
  'history.empty': 'Aucun choix n’a encore été enregistré sur cet appareil.',
  'history.date': 'Date',
  'history.action': 'Choix',
  'history.categories': 'Autorisé',
  'history.none': 'Strictement nécessaires uniquement',
  'history.count': 'Choix enregistrés : {count}',
  'history.verified': 'Le registre est complet et n’a pas été modifié.',
  'history.broken': 'Le registre a été modifié ou est incomplet.',
  'history.downloadJson': 'Télécharger en JSON',
  'history.downloadCsv': 'Télécharger en CSV',
  'history.back': 'Retour aux préférences',
  'history.receipt': 'Accusé de réception',
  'receipt.none': 'Pas encore envoyé',
  'receipt.received': 'Reçu par le site',
  'receipt.flagged': 'Reçu, signalé pour vérification',
  'receipt.refused': 'Refusé par le site',
  'action.accept-all': 'Tout accepté',
  'action.reject-all': 'Tout refusé',
  'action.save': 'Choix enregistré',
  'action.withdraw': 'Consentement retiré',
  'action.load-content': 'Contenu bloqué chargé',
};

export default fr;
