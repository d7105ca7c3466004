import type { UiStrings } from './en.js';

/** Bulgarian (български). */
const bg: UiStrings = {
  'banner.label': 'Съгласие за бисквитки',
  'banner.title': 'Вашият избор за поверителност',
  'banner.body':
    '{owner} използва бисквитки и подобни технологии. Строго необходимите бисквитки осигуряват работата на сайта. С вашето съгласие бихме ги използвали и за целите по-долу; нищо незадължително не се включва, докато не решите. Можете да промените решението си по всяко време чрез „Настройки за бисквитки“ в долната част на всяка страница.',
  'banner.ownerFallback': 'Този сайт',
  'banner.purposes': 'Незадължителни цели:',
  'policy.link': 'Политика за поверителност',
  'button.acceptAll': 'Приемане на всички',
  'button.rejectAll': 'Отхвърляне на всички',
  'button.customise': 'Персонализиране',
  'button.save': 'Запазване на избора',
  'button.close': 'Затваряне',
  'button.withdraw': 'Оттегляне на съгласието',
  'prefs.title': 'Настройки за поверителност',
  'prefs.intro':
    '{owner} иска да използва бисквитки и подобни технологии за целите по-долу; вие решавате за кои. Незадължителните цели остават изключени, докато не ги включите. Изборът ви се пази на това устройство и можете по всяко време да го промените тук или да оттеглите съгласието си.',
  'prefs.alwaysOn': 'Винаги включени',
  'prefs.services': 'Услуги и бисквитки',
  'prefs.provider': 'Доставчик',
  'prefs.cookie': 'Бисквитка',
  'prefs.duration': 'Срок',
  'prefs.purpose': 'Цел',
  'prefs.thirdParty': 'Споделя се с трета страна',
  'prefs.yes': 'Да',
  'prefs.no': 'Не',
  'prefs.decision': 'Текущият избор е направен на {date}. Идентификатор на съгласието: {id}',
  'gpc.notice':
    'Браузърът ви изпраща сигнал Global Privacy Control и ние го зачитаме. Затова дори при „Приемане на всички“ следното остава изключено, докато не го включите изрично: {categories}.',
  'link.settings': 'Настройки за бисквитки',
  'category.necessary.label': 'Строго необходими',
  'category.necessary.description':
    'Нужни за работата на сайта: сигурност, разпределение на натоварването и запомняне на този избор за поверителност. Не могат да бъдат изключени.',
  'category.functional.label': 'Функционални',
  'category.functional.description':
    'Запомнят настройките ви, например език или регион, и осигуряват функциите, които поискате.',
  'category.analytics.label': 'Аналитични',
  'category.analytics.description':
    'Отчитат посещенията и показват как се използват страниците, за да можем да подобряваме сайта.',
  'category.marketing.label': 'Маркетингови',
  'category.marketing.description':
    'Показват реклама, която е подходяща за вас, и измерват ефективността ѝ, включително на други сайтове.',
  'placeholder.title': 'Блокирано съдържание',
  'placeholder.body':
    'Това съдържание се предоставя от {provider} и е в категория „{category}“. Ако го заредите, разрешавате само съдържание от {provider}; нищо друго не се включва.',
  'placeholder.providerFallback': 'друг сайт',
  'placeholder.load': 'Зареждане на съдържанието',
  'placeholder.settings': 'Настройки за бисквитки',
  'history.show': 'История на съгласията',
  'history.title': 'История на съгласията на това устройство',
  'history.empty': 'На това устройство все още няма записано решение.',
  'history.date': 'Дата',
  'history.action': 'Избор',
  'history.categories': 'Разрешени',
  'history.none': 'Само строго необходимите',
  'history.count': 'Записани решения: {count}',
  'history.verified': 'Записът е пълен и непроменен.',
  'history.broken': 'Записът е променян или е непълен.',
  'history.downloadJson': 'Изтегляне на JSON',
  'history.downloadCsv': 'Изтегляне на CSV',
  'history.back': 'Назад към настройките',
  'history.receipt': 'Потвърждение',
  'receipt.none': 'Още не е изпратено',
  'receipt.received': 'Получено от сайта',
  'receipt.flagged': 'Получено, маркирано за проверка',
  'receipt.refused': 'Отхвърлено от сайта',
  'action.accept-all': 'Приети всички',
  'action.reject-all': 'Отхвърлени всички',
  'action.save': 'Запазен избор',
  'action.withdraw': 'Оттеглено съгласие',
  'action.load-content': 'Заредено блокирано съдържание',
};

export default bg;
