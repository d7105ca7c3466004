import type { UiStrings } from './en.js';

/** Finnish (suomi). */
const fi: UiStrings = {
  'banner.label': 'Evästesuostumus',
  'banner.title': 'Yksityisyysvalintasi',
  'banner.body':
    '{owner} käyttää evästeitä ja vastaavia tekniikoita. Välttämättömät evästeet pitävät sivuston toiminnassa. Suostumuksellasi käyttäisimme niitä myös alla mainittuihin tarkoituksiin; mitään valinnaista ei oteta käyttöön ennen kuin teet valintasi. Voit muuttaa mieltäsi milloin tahansa kohdasta ”Evästeasetukset” jokaisen sivun alareunassa.',
  'banner.ownerFallback': 'Tämä sivusto',
  'banner.purposes': 'Valinnaiset käyttötarkoitukset:',
  'policy.link': 'Tietosuojaseloste',
  'button.acceptAll': 'Hyväksy kaikki',
  'button.rejectAll': 'Hylkää kaikki',
  'button.customise': 'Mukauta',
  'button.save': 'Tallenna asetukset',
  'button.close': 'Sulje',
  'button.withdraw': 'Peruuta suostumus',
  'prefs.title': 'Yksityisyysasetukset',
  'prefs.intro':
    '{owner} haluaisi käyttää evästeitä ja vastaavia tekniikoita alla mainittuihin tarkoituksiin; sinä päätät, mihin. Valinnaiset käyttötarkoitukset pysyvät pois päältä, kunnes otat ne käyttöön. Valintasi tallennetaan tälle laitteelle, ja voit muuttaa sitä tai peruuttaa suostumuksesi täällä milloin tahansa.',
  'prefs.alwaysOn': 'Aina käytössä',
  'prefs.services': 'Palvelut ja evästeet',
  'prefs.provider': 'Palveluntarjoaja',
  'prefs.cookie': 'Eväste',
  'prefs.duration': 'Säilytysaika',
  'prefs.purpose': 'Käyttötarkoitus',
  'prefs.thirdParty': 'Jaetaan kolmannelle osapuolelle',
  'prefs.yes': 'Kyllä',
  'prefs.no': 'Ei',
  'prefs.decision': 'Nykyinen valintasi on tehty {date}. Suostumustunnus: {id}',
  'gpc.notice':
    'Selaimesi lähettää Global Privacy Control -signaalin, ja noudatamme sitä. Siksi seuraavat pysyvät pois päältä myös valinnalla ”Hyväksy kaikki”, ellet itse ota niitä käyttöön: {categories}.',
  'link.settings': 'Evästeasetukset',
  'category.necessary.label': 'Välttämättömät',
  'category.necessary.description':
    'Tarvitaan sivuston toimintaan: tietoturvaan, kuormantasaukseen ja tämän yksityisyysvalinnan muistamiseen. Niitä ei voi poistaa käytöstä.',
  'category.functional.label': 'Toiminnalliset',
  'category.functional.description':
    'Muistavat asetuksesi, kuten kielen tai alueen, ja mahdollistavat pyytämäsi toiminnot.',
  'category.analytics.label': 'Analytiikka',
  'category.analytics.description':
    'Laskevat käynnit ja näyttävät, miten sivuja käytetään, jotta voimme parantaa sivustoa.',
  'category.marketing.label': 'Markkinointi',
  'category.marketing.description':
    'Näyttävät sinulle kiinnostavaa mainontaa ja mittaavat sen tehoa, myös muilla sivustoilla.',
  'placeholder.title': 'Sisältö estetty',
  'placeholder.body':
    'Tämän sisällön tarjoaa {provider}, ja se kuuluu luokkaan ”{category}”. Jos lataat sen, sallit vain palveluntarjoajan {provider} sisällön; mitään muuta ei oteta käyttöön.',
  'placeholder.providerFallback': 'toinen sivusto',
  'placeholder.load': 'Lataa sisältö',
  'placeholder.settings': 'Evästeasetukset',
  'history.show': 'Suostumushistoria',
  'history.title': 'Suostumushistoria tällä laitteella',
  'history.empty': 'Tälle laitteelle ei ole vielä tallennettu yhtään valintaa.',
  'history.date': 'Päivämäärä',
  'history.action': 'Valinta',
  'history.categories': 'Sallittu',
  'history.none': 'Vain välttämättömät',
  'history.count': 'Tallennetut valinnat: {count}',
  'history.verified': 'Loki on täydellinen ja muuttamaton.',
  'history.broken': 'Lokia on muutettu tai se on puutteellinen.',
  'history.downloadJson': 'Lataa JSON',
  'history.downloadCsv': 'Lataa CSV',
  'history.back': 'Takaisin asetuksiin',
  'history.receipt': 'Kuittaus',
  'receipt.none': 'Ei vielä lähetetty',
  'receipt.received': 'Sivusto vastaanotti',
  'receipt.flagged': 'Vastaanotettu, merkitty tarkistettavaksi',
  'receipt.refused': 'Sivusto hylkäsi',
  'action.accept-all': 'Kaikki hyväksytty',
  'action.reject-all': 'Kaikki hylätty',
  'action.save': 'Valinta tallennettu',
  'action.withdraw': 'Suostumus peruutettu',
  'action.load-content': 'Estetty sisältö ladattu',
};

export default fi;
