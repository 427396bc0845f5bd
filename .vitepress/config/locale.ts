// Builds one locale's VitePress config (language, labels, nav, sidebar, 404) from its words.
import type { DefaultTheme, LocaleSpecificConfig } from 'vitepress'
import { nav, sidebar, type NavText } from './pages'

/** Everything a locale must say; nothing here falls back to English. */
export interface LocaleWords {
  label: string
  lang: string
  /** `/` for the root locale, `/ru/` and so on for the others. */
  prefix: string
  title: string
  /** The site's name in the nav bar: short enough to sit beside the search box. */
  siteTitle: string
  description: string
  nav: NavText
  ui: Required<
    Pick<
      DefaultTheme.Config,
      | 'outline'
      | 'docFooter'
      | 'darkModeSwitchLabel'
      | 'lightModeSwitchTitle'
      | 'darkModeSwitchTitle'
      | 'sidebarMenuLabel'
      | 'returnToTopLabel'
      | 'langMenuLabel'
      | 'skipToContentLabel'
      | 'notFound'
    >
  >
  footer: string
  search: DefaultTheme.LocalSearchOptions['translations']
}

export function localeConfig(words: LocaleWords): LocaleSpecificConfig<DefaultTheme.Config> & { label: string } {
  return {
    label: words.label,
    lang: words.lang,
    title: words.title,
    description: words.description,
    themeConfig: {
      siteTitle: words.siteTitle,
      nav: nav(words.prefix, words.nav),
      sidebar: sidebar(words.prefix, words.nav),
      footer: { message: words.footer },
      ...words.ui,
    },
  }
}
