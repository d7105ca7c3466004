import type { UiStrings } from './en.js';

/** Dutch (Nederlands). */
const nl: UiStrings = {
  'banner.label': 'Toestemming voor cookies',
  'banner.title': 'Uw privacykeuzes',
  'banner.body':
    '{owner} gebruikt cookies en vergelijkbare technieken. Strikt noodzakelijke cookies zorgen ervoor dat de website werkt. Met uw toestemming zouden we ze ook gebruiken voor de doeleinden hieronder; niets optioneels wordt actief voordat u een keuze hebt gemaakt. U kunt uw keuze altijd wijzigen via “Cookie-instellingen” onderaan elke pagina.',
  'banner.ownerFallback': 'Deze website',
  'banner.purposes': 'Optionele doeleinden:',
  'policy.link': 'Privacyverklaring',
  'button.acceptAll': 'Alles accepteren',
  'button.rejectAll': 'Alles weigeren',
  'button.customise': 'Aanpassen',
  'button.save': 'Voorkeuren opslaan',
  'button.close': 'Sluiten',
  'button.withdraw': 'Toestemming intrekken',
  'prefs.title': 'Privacyvoorkeuren',
  'prefs.intro':
    '{owner} wil cookies en vergelijkbare technieken gebruiken voor de doeleinden hieronder; u bepaalt waarvoor. Optionele doeleinden blijven uit totdat u ze aanzet. Uw keuze wordt op dit apparaat bewaard en u kunt die hier altijd wijzigen of uw toestemming intrekken.',
  'prefs.alwaysOn': 'Altijd aan',
  'prefs.services': 'Diensten en cookies',
  'prefs.provider': 'Aanbieder',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Bewaartermijn',
  'prefs.purpose': 'Doel',
  'prefs.thirdParty': 'Gedeeld met een derde partij',
  'prefs.yes': 'Ja',
  'prefs.no': 'Nee',
  'prefs.decision': 'Uw huidige keuze is gemaakt op {date}. Toestemmings-ID: {id}',
  'gpc.notice':
    'Uw browser stuurt het signaal Global Privacy Control en daar houden wij ons aan. Ook bij “Alles accepteren” blijft daarom het volgende uit, tenzij u het zelf aanzet: {categories}.',
  'link.settings': 'Cookie-instellingen',
  'category.necessary.label': 'Strikt noodzakelijk',
  'category.necessary.description':
    'Nodig om de website te laten werken: beveiliging, het verdelen van de belasting en het onthouden van deze privacykeuze. Deze kunnen niet worden uitgezet.',
  'category.functional.label': 'Functioneel',
  'category.functional.description':
    'Hiermee onthouden we uw instellingen, zoals taal of regio, en maken we functies mogelijk waar u om vraagt.',
  'category.analytics.label': 'Statistieken',
  'category.analytics.description':
    'Hiermee tellen we bezoeken en zien we hoe pagina’s worden gebruikt, zodat we de website kunnen verbeteren.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description':
    'Hiermee tonen we advertenties die voor u relevant zijn en meten we hoe goed ze werken, ook op andere websites.',
  'placeholder.title': 'Inhoud geblokkeerd',
  'placeholder.body':
    'Deze inhoud komt van {provider} en valt onder de categorie “{category}”. Als u de inhoud laadt, staat u alleen inhoud van {provider} toe; verder wordt niets ingeschakeld.',
  'placeholder.providerFallback': 'een andere website',
  'placeholder.load': 'Inhoud laden',
  'placeholder.settings': 'Cookie-instellingen',
  'history.show': 'Toestemmingsgeschiedenis',
  'history.title': 'Toestemmingsgeschiedenis op dit apparaat',
  'history.empty': 'Op dit apparaat is nog geen keuze vastgelegd.',
  'history.date': 'Datum',
  'history.action': 'Keuze',
  'history.categories': 'Toegestaan',
  'history.none': 'Alleen strikt noodzakelijk',
  'history.count': 'Vastgelegde keuzes: {count}',
  'history.verified': 'Het logboek is volledig en ongewijzigd.',
  'history.broken': 'Het logboek is gewijzigd of onvolledig.',
  'history.downloadJson': 'JSON downloaden',
  'history.downloadCsv': 'CSV downloaden',
  'history.back': 'Terug naar voorkeuren',
  'history.receipt': 'Ontvangstbewijs',
  'receipt.none': 'Nog niet verzonden',
  'receipt.received': 'Ontvangen door de website',
  'receipt.flagged': 'Ontvangen, gemarkeerd voor controle',
  'receipt.refused': 'Geweigerd door de website',
  'action.accept-all': 'Alles geaccepteerd',
  'action.reject-all': 'Alles geweigerd',
  'action.save': 'Keuze opgeslagen',
  'action.withdraw': 'Toestemming ingetrokken',
  'action.load-content': 'Geblokkeerde inhoud geladen',
};

export default nl;
