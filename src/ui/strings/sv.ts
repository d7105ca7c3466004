import type { UiStrings } from './en.js';

/** Swedish (svenska). */
const sv: UiStrings = {
  'banner.label': 'Samtycke till kakor',
  'banner.title': 'Dina integritetsval',
  'banner.body':
    '{owner} använder kakor (cookies) och liknande tekniker. Strikt nödvändiga kakor gör att webbplatsen fungerar. Med ditt samtycke skulle vi även använda dem för ändamålen nedan; inget valfritt körs förrän du har gjort ditt val. Du kan när som helst ändra dig under ”Inställningar för kakor” längst ned på varje sida.',
  'banner.ownerFallback': 'Den här webbplatsen',
  'banner.purposes': 'Valfria ändamål:',
  'policy.link': 'Integritetspolicy',
  'button.acceptAll': 'Godkänn alla',
  'button.rejectAll': 'Avvisa alla',
  'button.customise': 'Anpassa',
  'button.save': 'Spara inställningar',
  'button.close': 'Stäng',
  'button.withdraw': 'Återkalla samtycke',
  'prefs.title': 'Integritetsinställningar',
  'prefs.intro':
    '{owner} vill använda kakor och liknande tekniker för ändamålen nedan; du bestämmer vilka. Valfria ändamål är avstängda tills du slår på dem. Ditt val sparas på den här enheten, och du kan när som helst ändra det eller återkalla ditt samtycke här.',
  'prefs.alwaysOn': 'Alltid på',
  'prefs.services': 'Tjänster och kakor',
  'prefs.provider': 'Leverantör',
  'prefs.cookie': 'Kaka',
  'prefs.duration': 'Lagringstid',
  'prefs.purpose': 'Ändamål',
  'prefs.thirdParty': 'Delas med tredje part',
  'prefs.yes': 'Ja',
  'prefs.no': 'Nej',
  'prefs.decision': 'Ditt nuvarande val gjordes den {date}. Samtyckes-ID: {id}',
  'gpc.notice':
    'Din webbläsare skickar en Global Privacy Control-signal, och den respekterar vi. Därför förblir följande avstängt även med ”Godkänn alla”, om du inte själv slår på det: {categories}.',
  'link.settings': 'Inställningar för kakor',
  'category.necessary.label': 'Strikt nödvändiga',
  'category.necessary.description':
    'Behövs för att webbplatsen ska fungera: säkerhet, lastbalansering och för att komma ihåg det här integritetsvalet. De kan inte stängas av.',
  'category.functional.label': 'Funktionella',
  'category.functional.description':
    'Kommer ihåg dina inställningar, till exempel språk eller region, och möjliggör funktioner som du ber om.',
  'category.analytics.label': 'Statistik',
  'category.analytics.description':
    'Räknar besök och visar hur sidorna används, så att vi kan förbättra webbplatsen.',
  'category.marketing.label': 'Marknadsföring',
  'category.marketing.description':
    'Visar annonser som är relevanta för dig och mäter hur bra de fungerar, även på andra webbplatser.',
  'placeholder.title': 'Innehållet är blockerat',
  'placeholder.body':
    'Det här innehållet kommer från {provider} och hör till kategorin ”{category}”. Om du läser in det tillåter du bara innehåll från {provider}; inget annat slås på.',
  'placeholder.providerFallback': 'en annan webbplats',
  'placeholder.load': 'Läs in innehållet',
  'placeholder.settings': 'Inställningar för kakor',
  'history.show': 'Samtyckeshistorik',
  'history.title': 'Samtyckeshistorik på den här enheten',
  'history.empty': 'Inget val har registrerats på den här enheten än.',
  'history.date': 'Datum',
  'history.action': 'Val',
  'history.categories': 'Tillåtet',
  'history.none': 'Endast strikt nödvändiga',
  'history.count': 'Registrerade val: {count}',
  'history.verified': 'Loggen är fullständig och oförändrad.',
  'history.broken': 'Loggen har ändrats eller är ofullständig.',
  'history.downloadJson': 'Ladda ned JSON',
  'history.downloadCsv': 'Ladda ned CSV',
  'history.back': 'Tillbaka till inställningarna',
  'history.receipt': 'Kvitto',
  'receipt.none': 'Inte skickat än',
  'receipt.received': 'Mottaget av webbplatsen',
  'receipt.flagged': 'Mottaget, flaggat för granskning',
  'receipt.refused': 'Avvisat av webbplatsen',
  'action.accept-all': 'Alla godkända',
  'action.reject-all': 'Alla avvisade',
  'action.save': 'Val sparat',
  'action.withdraw': 'Samtycke återkallat',
  'action.load-content': 'Blockerat innehåll inläst',
};

export default sv;
