// The URLs of the built site's pages, every locale, for the browser tests.
import { locales } from '../../.vitepress/config/locales'
import { pageLink, pageSlugs } from '../../.vitepress/config/pages'

export interface SitePage {
  url: string
  locale: (typeof locales)[number]
  slug: (typeof pageSlugs)[number]
}

export const sitePages: SitePage[] = locales.flatMap((locale) =>
  pageSlugs.map((slug) => ({ url: pageLink(locale.words.prefix, slug), locale, slug })),
)
