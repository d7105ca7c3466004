import type { UiStrings } from './en.js';

/** Hungarian (magyar). */
const hu: UiStrings = {
  'banner.label': 'Hozzájárulás a sütikhez',
  'banner.title': 'Az Ön adatvédelmi döntései',
  'banner.body':
    '{owner} sütiket és hasonló technológiákat használ. A feltétlenül szükséges sütik biztosítják a webhely működését. Az Ön hozzájárulásával az alább felsorolt célokra is használnánk őket; semmilyen választható funkció nem indul el, amíg Ön nem dönt. Döntését bármikor megváltoztathatja az oldalak alján található „Sütibeállítások” hivatkozással.',
  'banner.ownerFallback': 'Ez a webhely',
  'banner.purposes': 'Választható célok:',
  'policy.link': 'Adatvédelmi tájékoztató',
  'button.acceptAll': 'Összes elfogadása',
  'button.rejectAll': 'Összes elutasítása',
  'button.customise': 'Testreszabás',
  'button.save': 'Beállítások mentése',
  'button.close': 'Bezárás',
  'button.withdraw': 'Hozzájárulás visszavonása',
  'prefs.title': 'Adatvédelmi beállítások',
  'prefs.intro':
    '{owner} az alább felsorolt célokra szeretne sütiket és hasonló technológiákat használni; Ön dönti el, melyekre. A választható célok kikapcsolva maradnak, amíg be nem kapcsolja őket. Döntését ezen az eszközön tároljuk, és itt bármikor módosíthatja, illetve visszavonhatja hozzájárulását.',
  'prefs.alwaysOn': 'Mindig aktív',
  'prefs.services': 'Szolgáltatások és sütik',
  'prefs.provider': 'Szolgáltató',
  'prefs.cookie': 'Süti',
  'prefs.duration': 'Időtartam',
  'prefs.purpose': 'Cél',
  'prefs.thirdParty': 'Harmadik féllel megosztva',
  'prefs.yes': 'Igen',
  'prefs.no': 'Nem',
  'prefs.decision': 'Jelenlegi döntésének időpontja: {date}. Hozzájárulás-azonosító: {id}',
  'gpc.notice':
    'Böngészője Global Privacy Control jelzést küld, amelyet tiszteletben tartunk. Ezért a következők az „Összes elfogadása” választása esetén is kikapcsolva maradnak, hacsak Ön maga be nem kapcsolja őket: {categories}.',
  'link.settings': 'Sütibeállítások',
  'category.necessary.label': 'Feltétlenül szükséges',
  'category.necessary.description':
    'A webhely működéséhez kellenek: biztonság, terheléselosztás és ennek az adatvédelmi döntésnek a megjegyzése. Nem kapcsolhatók ki.',
  'category.functional.label': 'Funkcionális',
  'category.functional.description':
    'Megjegyzik a beállításait, például a nyelvet vagy a régiót, és lehetővé teszik az Ön által kért funkciókat.',
  'category.analytics.label': 'Statisztikai',
  'category.analytics.description':
    'Megszámolják a látogatásokat, és megmutatják, hogyan használják az oldalakat, hogy fejleszthessük a webhelyet.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description':
    'Az Ön számára releváns hirdetéseket jelenítenek meg, és mérik azok hatékonyságát, más webhelyeken is.',
  'placeholder.title': 'Letiltott tartalom',
  'placeholder.body':
    'Ezt a tartalmat {provider} szolgáltatja, kategóriája: „{category}”. Ha betölti, csak ennek a szolgáltatónak a tartalmát engedélyezi: {provider}; semmi más nem kapcsol be.',
  'placeholder.providerFallback': 'egy másik webhely',
  'placeholder.load': 'Tartalom betöltése',
  'placeholder.settings': 'Sütibeállítások',
  'history.show': 'Hozzájárulási előzmények',
  'history.title': 'Hozzájárulási előzmények ezen az eszközön',
  'history.empty': 'Ezen az eszközön még nincs rögzített döntés.',
  'history.date': 'Dátum',
  'history.action': 'Döntés',
  'history.categories': 'Engedélyezve',
  'history.none': 'Csak a feltétlenül szükségesek',
  'history.count': 'Rögzített döntések: {count}',
  'history.verified': 'A napló teljes és változatlan.',
  'history.broken': 'A naplót módosították, vagy hiányos.',
  'history.downloadJson': 'JSON letöltése',
  'history.downloadCsv': 'CSV letöltése',
  'history.back': 'Vissza a beállításokhoz',
  'history.receipt': 'Visszaigazolás',
  'receipt.none': 'Még nincs elküldve',
  'receipt.received': 'A webhely megkapta',
  'receipt.flagged': 'Megérkezett, ellenőrzésre megjelölve',
  'receipt.refused': 'A webhely elutasította',
  'action.accept-all': 'Összes elfogadva',
  'action.reject-all': 'Összes elutasítva',
  'action.save': 'Döntés mentve',
  'action.withdraw': 'Hozzájárulás visszavonva',
  'action.load-content': 'Letiltott tartalom betöltve',
};

export default hu;
