import type { UiStrings } from './en.js';

/** Irish (Gaeilge). */
const ga: UiStrings = {
  'banner.label': 'Toiliú le fianáin',
  'banner.title': 'Do roghanna príobháideachais',
  'banner.body':
    'Úsáideann {owner} fianáin agus teicneolaíochtaí comhchosúla. Is iad na fianáin fhíorriachtanacha a choinníonn an suíomh ag obair. Le do thoiliú, d’úsáidfimis iad freisin chun na gcuspóirí thíos; ní thosóidh aon rud roghnach go dtí go ndéanfaidh tú do rogha. Is féidir leat d’intinn a athrú am ar bith trí “Socruithe fianán” ag bun gach leathanaigh.',
  'banner.ownerFallback': 'an suíomh seo',
  'banner.purposes': 'Cuspóirí roghnacha:',
  'policy.link': 'Beartas príobháideachais',
  'button.acceptAll': 'Glac le gach rud',
  'button.rejectAll': 'Diúltaigh do gach rud',
  'button.customise': 'Saincheap',
  'button.save': 'Sábháil roghanna',
  'button.close': 'Dún',
  'button.withdraw': 'Tarraing siar do thoiliú',
  'prefs.title': 'Roghanna príobháideachais',
  'prefs.intro':
    'Tá {owner} ag iarraidh fianáin agus teicneolaíochtaí comhchosúla a úsáid chun na gcuspóirí thíos; is tusa a shocraíonn cé acu. Fanann cuspóirí roghnacha múchta go dtí go gcasfaidh tú air iad. Coinnítear do rogha ar an ngléas seo, agus is féidir leat í a athrú nó do thoiliú a tharraingt siar anseo am ar bith.',
  'prefs.alwaysOn': 'Ar siúl i gcónaí',
  'prefs.services': 'Seirbhísí agus fianáin',
  'prefs.provider': 'Soláthraí',
  'prefs.cookie': 'Fianán',
  'prefs.duration': 'Fad',
  'prefs.purpose': 'Cuspóir',
  'prefs.thirdParty': 'Roinntear le tríú páirtí',
  'prefs.yes': 'Tá',
  'prefs.no': 'Níl',
  'prefs.decision': 'Rinneadh do rogha reatha ar {date}. Aitheantas toilithe: {id}',
  'gpc.notice':
    'Seolann do bhrabhsálaí comhartha Global Privacy Control, agus cloímid leis. Dá bhrí sin, fiú le “Glac le gach rud”, fanann an méid seo a leanas múchta mura gcasann tú féin air é: {categories}.',
  'link.settings': 'Socruithe fianán',
  'category.necessary.label': 'Fíorriachtanach',
  'category.necessary.description':
    'Riachtanach chun go n-oibreoidh an suíomh: slándáil, cothromú ualaigh agus an rogha príobháideachais seo a mheabhrú. Ní féidir iad a mhúchadh.',
  'category.functional.label': 'Feidhmiúil',
  'category.functional.description':
    'Meabhraíonn siad do shocruithe, mar shampla teanga nó réigiún, agus cumasaíonn siad gnéithe a iarrann tú.',
  'category.analytics.label': 'Anailísíocht',
  'category.analytics.description':
    'Comhaireann siad cuairteanna agus taispeánann siad conas a úsáidtear na leathanaigh, ionas gur féidir linn an suíomh a fheabhsú.',
  'category.marketing.label': 'Margaíocht',
  'category.marketing.description':
    'Taispeánann siad fógraí a bhaineann leatsa agus tomhaiseann siad cé chomh maith is a oibríonn siad, ar shuímh eile freisin.',
  'placeholder.title': 'Ábhar blocáilte',
  'placeholder.body':
    'Soláthraíonn {provider} an t-ábhar seo, agus baineann sé leis an gcatagóir “{category}”. Má lódálann tú é, ní cheadaíonn tú ach ábhar ó {provider}; ní chuirtear aon rud eile ar siúl.',
  'placeholder.providerFallback': 'suíomh eile',
  'placeholder.load': 'Lódáil an t-ábhar',
  'placeholder.settings': 'Socruithe fianán',
  'history.show': 'Stair toilithe',
  'history.title': 'Stair toilithe ar an ngléas seo',
  'history.empty': 'Níor taifeadadh aon chinneadh ar an ngléas seo fós.',
  'history.date': 'Dáta',
  'history.action': 'Rogha',
  'history.categories': 'Ceadaithe',
  'history.none': 'Fíorriachtanach amháin',
  'history.count': 'Cinntí taifeadta: {count}',
  'history.verified': 'Tá an taifead iomlán agus gan athrú.',
  'history.broken': 'Athraíodh an taifead, nó tá sé neamhiomlán.',
  'history.downloadJson': 'Íoslódáil JSON',
  'history.downloadCsv': 'Íoslódáil CSV',
  'history.back': 'Ar ais chuig na roghanna',
  'history.receipt': 'Admháil',
  'receipt.none': 'Níor seoladh fós',
  'receipt.received': 'Faighte ag an suíomh',
  'receipt.flagged': 'Faighte, marcáilte le haghaidh athbhreithnithe',
  'receipt.refused': 'Diúltaithe ag an suíomh',
  'action.accept-all': 'Glacadh le gach rud',
  'action.reject-all': 'Diúltaíodh do gach rud',
  'action.save': 'Sábháladh rogha',
  'action.withdraw': 'Tarraingíodh an toiliú siar',
  'action.load-content': 'Lódáladh ábhar blocáilte',
};

export default ga;
