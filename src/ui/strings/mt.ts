import type { UiStrings } from './en.js';

/** Maltese (Malti). */
const mt: UiStrings = {
  'banner.label': 'Kunsens għall-cookies',
  'banner.title': 'L-għażliet tiegħek dwar il-privatezza',
  'banner.body':
    '{owner} juża cookies u teknoloġiji simili. Il-cookies strettament meħtieġa jżommu s-sit jaħdem. Jekk tagħti l-kunsens tiegħek, nużawhom ukoll għall-iskopijiet imniżżla hawn taħt; xejn fakultattiv ma jitħaddem qabel ma tagħżel. Tista’ tibdel fehmtek meta trid permezz ta’ “Issettjar tal-cookies” fil-qiegħ ta’ kull paġna.',
  'banner.ownerFallback': 'Dan is-sit',
  'banner.purposes': 'Skopijiet fakultattivi:',
  'policy.link': 'Politika tal-privatezza',
  'button.acceptAll': 'Aċċetta kollox',
  'button.rejectAll': 'Irrifjuta kollox',
  'button.customise': 'Ippersonalizza',
  'button.save': 'Aħżen il-preferenzi',
  'button.close': 'Agħlaq',
  'button.withdraw': 'Irtira l-kunsens',
  'prefs.title': 'Preferenzi tal-privatezza',
  'prefs.intro':
    '{owner} jixtieq juża cookies u teknoloġiji simili għall-iskopijiet imniżżla hawn taħt; int tiddeċiedi għal liema. L-iskopijiet fakultattivi jibqgħu mitfija sakemm tixgħelhom int. L-għażla tiegħek tinżamm fuq dan l-apparat, u tista’ tibdilha jew tirtira l-kunsens tiegħek minn hawn meta trid.',
  'prefs.alwaysOn': 'Dejjem attivi',
  'prefs.services': 'Servizzi u cookies',
  'prefs.provider': 'Fornitur',
  'prefs.cookie': 'Cookie',
  'prefs.duration': 'Tul ta’ żmien',
  'prefs.purpose': 'Skop',
  'prefs.thirdParty': 'Maqsum ma’ parti terza',
  'prefs.yes': 'Iva',
  'prefs.no': 'Le',
  'prefs.decision': 'Data tal-għażla attwali: {date}. ID tal-kunsens: {id}',
  'gpc.notice':
    'Il-browser tiegħek qed jibgħat sinjal Global Privacy Control, u aħna nirrispettawh. Għalhekk, anke jekk tagħżel “Aċċetta kollox”, dawn li ġejjin jibqgħu mitfija sakemm ma tixgħelhomx int: {categories}.',
  'link.settings': 'Issettjar tal-cookies',
  'category.necessary.label': 'Strettament meħtieġa',
  'category.necessary.description':
    'Meħtieġa biex is-sit jaħdem: sigurtà, tqassim tat-tagħbija u biex niftakru din l-għażla tal-privatezza. Ma jistgħux jintfew.',
  'category.functional.label': 'Funzjonali',
  'category.functional.description':
    'Jiftakru l-issettjar tiegħek, bħall-lingwa jew ir-reġjun, u jippermettu funzjonijiet li titlob int.',
  'category.analytics.label': 'Analitika',
  'category.analytics.description':
    'Jgħoddu ż-żjarat u juru kif jintużaw il-paġni, biex inkunu nistgħu ntejbu s-sit.',
  'category.marketing.label': 'Marketing',
  'category.marketing.description':
    'Juru reklami rilevanti għalik u jkejlu kemm jaħdmu tajjeb, anke fuq siti oħra.',
  'placeholder.title': 'Kontenut imblukkat',
  'placeholder.body':
    'Dan il-kontenut jipprovdih {provider} u jaqa’ taħt il-kategorija “{category}”. Jekk ittellgħu, tkun qed tippermetti biss kontenut minn {provider}; xejn iżjed ma jinxtegħel.',
  'placeholder.providerFallback': 'sit ieħor',
  'placeholder.load': 'Tella’ l-kontenut',
  'placeholder.settings': 'Issettjar tal-cookies',
  'history.show': 'Storja tal-kunsens',
  'history.title': 'Storja tal-kunsens fuq dan l-apparat',
  'history.empty': 'Għadha ma ġiet irreġistrata l-ebda deċiżjoni fuq dan l-apparat.',
  'history.date': 'Data',
  'history.action': 'Għażla',
  'history.categories': 'Permessi',
  'history.none': 'Strettament meħtieġa biss',
  'history.count': 'Deċiżjonijiet irreġistrati: {count}',
  'history.verified': 'Ir-reġistru huwa komplut u ma nbidilx.',
  'history.broken': 'Ir-reġistru nbidel jew mhuwiex komplut.',
  'history.downloadJson': 'Niżżel JSON',
  'history.downloadCsv': 'Niżżel CSV',
  'history.back': 'Lura għall-preferenzi',
  'history.receipt': 'Irċevuta',
  'receipt.none': 'Għadha ma ntbagħtitx',
  'receipt.received': 'Riċevuta mis-sit',
  'receipt.flagged': 'Riċevuta, immarkata għal reviżjoni',
  'receipt.refused': 'Irrifjutata mis-sit',
  'action.accept-all': 'Aċċettat kollox',
  'action.reject-all': 'Irrifjutat kollox',
  'action.save': 'Għażla maħżuna',
  'action.withdraw': 'Kunsens irtirat',
  'action.load-content': 'Kontenut imblukkat imtella’',
};

export default mt;
