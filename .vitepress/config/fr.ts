// French, served under /fr/.
import type { LocaleWords } from './locale'

export const fr: LocaleWords = {
  label: 'Français',
  lang: 'fr',
  prefix: '/fr/',
  title: 'L’itération asynchrone en Python',
  siteTitle: 'Itération asynchrone',
  description: 'Apprenez l’itération asynchrone en Python : aiter(), anext(), async for, générateurs et compréhensions asynchrones, avec des exemples qui s’exécutent dans votre navigateur.',
  nav: {
    start: 'Cours',
    sections: { basics: 'Les bases', deeper: 'Pour aller plus loin', practice: 'En pratique', reference: 'Référence' },
    pages: {
      aiter: 'aiter()',
      anext: 'anext()',
      'async-for': 'async for',
      protocol: 'Le protocole',
      'async-generators': 'Générateurs asynchrones',
      comprehensions: 'Compréhensions asynchrones',
      patterns: 'Cas d’usage',
      typescript: 'Pour les lecteurs TypeScript',
      cheatsheet: 'Aide-mémoire',
      glossary: 'Glossaire',
      playground: 'Bac à sable',
      teachers: 'Pour les enseignants',
    },
  },
  ui: {
    outline: { label: 'Sur cette page', level: [2, 3] },
    docFooter: { prev: 'Page précédente', next: 'Page suivante' },
    darkModeSwitchLabel: 'Apparence',
    lightModeSwitchTitle: 'Passer au thème clair',
    darkModeSwitchTitle: 'Passer au thème sombre',
    sidebarMenuLabel: 'Menu',
    returnToTopLabel: 'Retour en haut',
    langMenuLabel: 'Changer de langue',
    skipToContentLabel: 'Aller au contenu',
    notFound: {
      title: 'PAGE INTROUVABLE',
      quote: 'Cette page a levé StopAsyncIteration avant d’avoir produit la moindre valeur.',
      linkLabel: 'Aller à la page d’accueil',
      linkText: 'Retour à l’accueil',
    },
  },
  footer: 'Les exemples s’exécutent sur CPython 3.14 (Pyodide) dans votre navigateur.',
  search: {
    button: { buttonText: 'Rechercher', buttonAriaLabel: 'Rechercher' },
    modal: {
      displayDetails: 'Afficher la liste détaillée',
      resetButtonTitle: 'Effacer la recherche',
      backButtonTitle: 'Fermer la recherche',
      noResultsText: 'Aucun résultat pour',
      footer: { selectText: 'pour choisir', selectKeyAriaLabel: 'Entrée', navigateText: 'pour naviguer', navigateUpKeyAriaLabel: 'flèche haut', navigateDownKeyAriaLabel: 'flèche bas', closeText: 'pour fermer', closeKeyAriaLabel: 'Échap' },
    },
  },
}
