// The course's pages in reading order, and the nav and sidebar every locale builds from them.
import type { DefaultTheme } from 'vitepress'

export const sections = {
  basics: ['aiter', 'anext', 'async-for'],
  deeper: ['protocol', 'async-generators', 'comprehensions'],
  practice: ['patterns', 'typescript'],
  reference: ['cheatsheet', 'glossary', 'playground', 'teachers'],
} as const

export type SectionKey = keyof typeof sections
export type PageSlug = (typeof sections)[SectionKey][number]

/** Every page of the course, home first, in reading order. */
export const pageSlugs: readonly ('index' | PageSlug)[] = ['index', ...Object.values(sections).flat()]

/** Pages every locale has outside the course: not in its reading order, nav, sidebar or search. */
export const standalonePages = ['embed'] as const

/** The words a locale gives to the course's navigation. */
export interface NavText {
  sections: Record<SectionKey, string>
  pages: Record<PageSlug, string>
  start: string
}

/** The link to a page in a locale: `prefix` is `/` for English, `/ru/` for Russian. */
export function pageLink(prefix: string, slug: 'index' | PageSlug): string {
  return slug === 'index' ? prefix : `${prefix}${slug}`
}

export function sidebar(prefix: string, text: NavText): DefaultTheme.SidebarItem[] {
  return (Object.keys(sections) as SectionKey[]).map((key) => ({
    text: text.sections[key],
    items: sections[key].map((slug) => ({ text: text.pages[slug], link: pageLink(prefix, slug) })),
  }))
}

export function nav(prefix: string, text: NavText): DefaultTheme.NavItem[] {
  return [
    { text: text.start, link: pageLink(prefix, 'aiter'), activeMatch: `^${prefix}(?!cheatsheet|glossary|playground|teachers)[a-z-]+$` },
    { text: text.pages.cheatsheet, link: pageLink(prefix, 'cheatsheet') },
    { text: text.pages.playground, link: pageLink(prefix, 'playground') },
  ]
}
