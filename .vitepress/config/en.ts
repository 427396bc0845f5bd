// English: the root locale, served at /.
import type { LocaleWords } from './locale'

export const en: LocaleWords = {
  label: 'English',
  lang: 'en',
  prefix: '/',
  title: 'Async iteration in Python',
  siteTitle: 'Async iteration in Python',
  description: "Learn Python's asynchronous iteration: aiter(), anext(), async for, async generators and comprehensions, with examples that run in your browser.",
  nav: {
    start: 'Course',
    sections: { basics: 'The basics', deeper: 'Going deeper', practice: 'In practice', reference: 'Reference' },
    pages: {
      aiter: 'aiter()',
      anext: 'anext()',
      'async-for': 'async for',
      protocol: 'The protocol',
      'async-generators': 'Async generators',
      comprehensions: 'Async comprehensions',
      patterns: 'Patterns',
      typescript: 'For TypeScript readers',
      cheatsheet: 'Cheatsheet',
      glossary: 'Glossary',
      playground: 'Playground',
      teachers: 'For teachers',
    },
  },
  ui: {
    outline: { label: 'On this page', level: [2, 3] },
    docFooter: { prev: 'Previous page', next: 'Next page' },
    darkModeSwitchLabel: 'Appearance',
    lightModeSwitchTitle: 'Switch to light theme',
    darkModeSwitchTitle: 'Switch to dark theme',
    sidebarMenuLabel: 'Menu',
    returnToTopLabel: 'Return to top',
    langMenuLabel: 'Change language',
    skipToContentLabel: 'Skip to content',
    notFound: {
      title: 'PAGE NOT FOUND',
      quote: 'This page raised StopAsyncIteration before it yielded anything.',
      linkLabel: 'Go to the home page',
      linkText: 'Take me home',
    },
  },
  footer: 'Examples run on CPython 3.14 (Pyodide) in your browser.',
  search: {
    button: { buttonText: 'Search', buttonAriaLabel: 'Search' },
    modal: {
      displayDetails: 'Display detailed list',
      resetButtonTitle: 'Reset search',
      backButtonTitle: 'Close search',
      noResultsText: 'No results for',
      footer: { selectText: 'to select', selectKeyAriaLabel: 'enter', navigateText: 'to navigate', navigateUpKeyAriaLabel: 'up arrow', navigateDownKeyAriaLabel: 'down arrow', closeText: 'to close', closeKeyAriaLabel: 'escape' },
    },
  },
}
