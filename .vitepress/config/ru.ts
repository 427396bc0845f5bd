// Russian, served under /ru/.
import type { LocaleWords } from './locale'

export const ru: LocaleWords = {
  label: 'Русский',
  lang: 'ru',
  prefix: '/ru/',
  title: 'Асинхронная итерация в Python',
  siteTitle: 'Асинхронная итерация',
  description: 'Асинхронная итерация в Python: aiter(), anext(), async for, асинхронные генераторы и включения — с примерами, которые запускаются прямо в браузере.',
  nav: {
    start: 'Курс',
    sections: { basics: 'Основы', deeper: 'Глубже', practice: 'На практике', reference: 'Справочник' },
    pages: {
      aiter: 'aiter()',
      anext: 'anext()',
      'async-for': 'async for',
      protocol: 'Протокол',
      'async-generators': 'Асинхронные генераторы',
      comprehensions: 'Асинхронные включения',
      patterns: 'Приёмы',
      typescript: 'Для знающих TypeScript',
      cheatsheet: 'Шпаргалка',
      glossary: 'Глоссарий',
      playground: 'Песочница',
      teachers: 'Для преподавателей',
    },
  },
  ui: {
    outline: { label: 'На этой странице', level: [2, 3] },
    docFooter: { prev: 'Предыдущая страница', next: 'Следующая страница' },
    darkModeSwitchLabel: 'Оформление',
    lightModeSwitchTitle: 'Включить светлую тему',
    darkModeSwitchTitle: 'Включить тёмную тему',
    sidebarMenuLabel: 'Меню',
    returnToTopLabel: 'Наверх',
    langMenuLabel: 'Сменить язык',
    skipToContentLabel: 'Перейти к содержимому',
    notFound: {
      title: 'СТРАНИЦА НЕ НАЙДЕНА',
      quote: 'Эта страница выбросила StopAsyncIteration, не отдав ни одного значения.',
      linkLabel: 'Перейти на главную страницу',
      linkText: 'На главную',
    },
  },
  footer: 'Примеры выполняются на CPython 3.14 (Pyodide) прямо в вашем браузере.',
  search: {
    button: { buttonText: 'Поиск', buttonAriaLabel: 'Поиск' },
    modal: {
      displayDetails: 'Показать подробный список',
      resetButtonTitle: 'Сбросить поиск',
      backButtonTitle: 'Закрыть поиск',
      noResultsText: 'Ничего не найдено по запросу',
      footer: { selectText: 'выбрать', selectKeyAriaLabel: 'Enter', navigateText: 'перейти', navigateUpKeyAriaLabel: 'стрелка вверх', navigateDownKeyAriaLabel: 'стрелка вниз', closeText: 'закрыть', closeKeyAriaLabel: 'Escape' },
    },
  },
}
