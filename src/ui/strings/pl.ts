import type { UiStrings } from './en.js';

/** Polish (polski). */
const pl: UiStrings = {
  'banner.label': 'Zgoda na pliki cookie',
  'banner.title': 'Prywatność – Państwa decyzja',
  'banner.body':
    '{owner} używa plików cookie i podobnych technologii. Pliki niezbędne zapewniają działanie strony. Za Państwa zgodą używalibyśmy ich także w celach wymienionych poniżej; nic opcjonalnego nie zostanie uruchomione, dopóki Państwo nie zdecydują. Decyzję można zmienić w każdej chwili za pomocą linku „Ustawienia plików cookie” na dole każdej strony.',
  'banner.ownerFallback': 'Ta strona',
  'banner.purposes': 'Cele opcjonalne:',
  'policy.link': 'Polityka prywatności',
  'button.acceptAll': 'Zaakceptuj wszystkie',
  'button.rejectAll': 'Odrzuć wszystkie',
  'button.customise': 'Dostosuj',
  'button.save': 'Zapisz ustawienia',
  'button.close': 'Zamknij',
  'button.withdraw': 'Wycofaj zgodę',
  'prefs.title': 'Ustawienia prywatności',
  'prefs.intro':
    '{owner} chce używać plików cookie i podobnych technologii w celach wymienionych poniżej – to Państwo decydują, w których. Cele opcjonalne pozostają wyłączone, dopóki Państwo ich nie włączą. Wybór jest zapisywany na tym urządzeniu. W każdej chwili mogą go Państwo tu zmienić, a zgodę – wycofać.',
  'prefs.alwaysOn': 'Zawsze aktywne',
  'prefs.services': 'Usługi i pliki cookie',
  'prefs.provider': 'Dostawca',
  'prefs.cookie': 'Plik cookie',
  'prefs.duration': 'Okres przechowywania',
  'prefs.purpose': 'Cel',
  'prefs.thirdParty': 'Udostępniane stronie trzeciej',
  'prefs.yes': 'Tak',
  'prefs.no': 'Nie',
  'prefs.decision': 'Obecną decyzję zapisano {date}. Identyfikator zgody: {id}',
  'gpc.notice':
    'Państwa przeglądarka wysyła sygnał Global Privacy Control, który respektujemy. Dlatego nawet po kliknięciu „Zaakceptuj wszystkie” pozostaje wyłączone, dopóki Państwo sami tego nie włączą: {categories}.',
  'link.settings': 'Ustawienia plików cookie',
  'category.necessary.label': 'Niezbędne',
  'category.necessary.description':
    'Potrzebne do działania strony: bezpieczeństwo, równoważenie obciążenia i zapamiętanie tej decyzji dotyczącej prywatności. Nie można ich wyłączyć.',
  'category.functional.label': 'Funkcjonalne',
  'category.functional.description':
    'Zapamiętują ustawienia, takie jak język czy region, i umożliwiają korzystanie z funkcji, o które Państwo proszą.',
  'category.analytics.label': 'Analityczne',
  'category.analytics.description':
    'Liczą odwiedziny i pokazują, jak korzysta się ze stron, dzięki czemu możemy ulepszać serwis.',
  'category.marketing.label': 'Marketingowe',
  'category.marketing.description':
    'Wyświetlają reklamy dopasowane do Państwa zainteresowań i mierzą ich skuteczność, również na innych stronach.',
  'placeholder.title': 'Treść zablokowana',
  'placeholder.body':
    'Tę treść dostarcza {provider}; należy ona do kategorii „{category}”. Wczytanie jej oznacza zgodę tylko na treści od dostawcy {provider}; nic innego nie zostanie włączone.',
  'placeholder.providerFallback': 'inna witryna',
  'placeholder.load': 'Wczytaj treść',
  'placeholder.settings': 'Ustawienia plików cookie',
  'history.show': 'Historia zgód',
  'history.title': 'Historia zgód na tym urządzeniu',
  'history.empty': 'Na tym urządzeniu nie zapisano jeszcze żadnej decyzji.',
  'history.date': 'Data',
  'history.action': 'Wybór',
  'history.categories': 'Dozwolone',
  'history.none': 'Tylko niezbędne',
  'history.count': 'Zapisane decyzje: {count}',
  'history.verified': 'Rejestr jest kompletny i nie został zmieniony.',
  'history.broken': 'Rejestr został zmieniony lub jest niekompletny.',
  'history.downloadJson': 'Pobierz JSON',
  'history.downloadCsv': 'Pobierz CSV',
  'history.back': 'Wróć do ustawień',
  'history.receipt': 'Potwierdzenie',
  'receipt.none': 'Jeszcze nie wysłano',
  'receipt.received': 'Strona przyjęła',
  'receipt.flagged': 'Przyjęto, oznaczono do weryfikacji',
  'receipt.refused': 'Strona odrzuciła',
  'action.accept-all': 'Akceptacja wszystkich',
  'action.reject-all': 'Odrzucenie wszystkich',
  'action.save': 'Zapisanie wyboru',
  'action.withdraw': 'Wycofanie zgody',
  'action.load-content': 'Wczytanie zablokowanej treści',
};

export default pl;
