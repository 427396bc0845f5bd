// The four locales hold the same pages with the same anchors, and no link leaves its locale.
import { describe, expect, it } from 'vitest'
import { localeConfig } from '../../.vitepress/config/locale'
import { locales, type LocaleDir } from '../../.vitepress/config/locales'
import { pageSlugs, standalonePages } from '../../.vitepress/config/pages'
import { bodyOf, coursePages, tokensOf, type Page } from '../support/pages'
import { headingsOf, linksOf, type Heading } from './headings'
import { isExternal, resolveLink } from './links'

const pages = coursePages()
const parsed = await Promise.all(
  pages.map(async (page) => {
    const tokens = await tokensOf(page)
    return { page, headings: headingsOf(tokens, bodyOf(page.source)), links: linksOf(tokens) }
  }),
)
const key = (locale: LocaleDir, slug: string) => `${locale}/${slug}`
const byKey = new Map(parsed.map((entry) => [key(entry.page.locale.dir, entry.page.slug), entry]))
const english = parsed.filter((entry) => entry.page.locale.dir === 'en')
const anchors = (headings: Heading[]) => headings.filter((h) => h.level === 2 || h.level === 3).map((h) => h.id)

/** Why a link from `page` is wrong, or null when it lands on an existing anchor in its own locale. */
function linkProblem(page: Page, href: string): string | null {
  if (isExternal(href) || /\.(svg|png|jpg|txt|pdf)$/.test(href.split('#')[0])) return null
  const target = resolveLink({ locale: page.locale.dir, slug: page.slug }, href)
  if (!target) return `${href} points outside the course`
  if (target.locale !== page.locale.dir) return `${href} leaves the ${page.locale.dir} locale for ${target.locale}`
  const landing = byKey.get(key(target.locale, target.slug))
  if (!landing) return `${href}: no page ${target.locale}/${target.slug}`
  if (target.hash && !landing.headings.some((h) => h.id === target.hash)) return `${href}: no anchor #${target.hash}`
  return null
}

describe('every locale has every page', () => {
  it.each(locales.map((l) => l.dir))('%s has the pages of the course, and the embed page', (dir) => {
    const slugs = pages.filter((p) => p.locale.dir === dir).map((p) => p.slug)
    expect(slugs.sort()).toEqual([...pageSlugs, ...standalonePages].sort())
  })

  it.each(pages.map((p) => [p.file, p] as const))('%s has a title and a description', (_, page) => {
    if (page.slug === 'index') expect(page.frontmatter.layout).toBe('home')
    else expect(page.frontmatter.title, 'title').toBeTruthy()
    expect(page.frontmatter.description, 'description').toBeTruthy()
  })
})

describe.each(english.map((entry) => [entry.page.slug, entry] as const))('%s', (slug, en) => {
  it('gives every h2 and h3 an explicit anchor, in every locale', () => {
    for (const locale of locales) {
      const entry = byKey.get(key(locale.dir, slug))
      const implicit = entry?.headings.filter((h) => (h.level === 2 || h.level === 3) && !h.explicit) ?? []
      expect(implicit.map((h) => `${entry!.page.file}:${h.line}`)).toEqual([])
    }
  })

  it.each(locales.filter((l) => l.dir !== 'en').map((l) => l.dir))('has the same anchors in %s as in English', (dir) => {
    const entry = byKey.get(key(dir, slug))
    expect(entry && anchors(entry.headings)).toEqual(anchors(en.headings))
  })
})

describe('links stay in their locale', () => {
  it.each(parsed.map((entry) => [entry.page.file, entry] as const))('%s', (_, { page, links }) => {
    const problems = links.flatMap(({ href, line }) => {
      const problem = linkProblem(page, href)
      return problem ? [`line ${line}: ${problem}`] : []
    })
    expect(problems).toEqual([])
  })

  it.each(locales.map((l) => [l.dir, l] as const))('the nav and sidebar of %s', (dir, locale) => {
    const { nav = [], sidebar = [] } = localeConfig(locale.words).themeConfig ?? {}
    const links = JSON.stringify([nav, sidebar]).match(/"link":"[^"]*"/g) ?? []
    const home = { ...pages.find((p) => p.locale.dir === dir && p.slug === 'index')! }
    const problems = links.map((l) => l.slice(8, -1)).flatMap((href) => linkProblem(home, href) ?? [])
    expect(links.length).toBeGreaterThan(pageSlugs.length - 1)
    expect(problems).toEqual([])
  })
})
