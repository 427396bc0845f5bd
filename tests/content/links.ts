// Where an internal link of a page lands: which locale, which page, which anchor.
import { posix } from 'node:path'
import { locales, type LocaleDir } from '../../.vitepress/config/locales'

const localeDirs = locales.map((locale) => locale.dir)

export interface LinkTarget {
  locale: LocaleDir
  slug: string
  hash: string
}

/** true for links that leave the site (other origins, mail) or point at a file such as an image. */
export function isExternal(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')
}

function slugOf(path: string): string {
  const clean = path.replace(/\.(md|html)$/, '').replace(/\/$/, '/index')
  return clean === '' ? 'index' : clean
}

/**
 * The page a link on `from` (a locale folder and a slug, e.g. ru + aiter) opens. Absolute links
 * are URLs (English at /, the others under /ru/ ...); relative links are resolved as files under
 * docs/, as VitePress resolves them. null when the link is to no page of the course at all.
 */
export function resolveLink(from: { locale: LocaleDir; slug: string }, href: string): LinkTarget | null {
  const [path, hash = ''] = href.split('#')
  if (path === '') return { locale: from.locale, slug: from.slug, hash }
  if (path.startsWith('/')) {
    const [first, ...rest] = path.slice(1).split('/')
    const locale = localeDirs.find((dir) => dir !== 'en' && dir === first)
    return locale ? { locale, slug: slugOf(rest.join('/')), hash } : { locale: 'en', slug: slugOf(path.slice(1)), hash }
  }
  const resolved = posix.normalize(posix.join(from.locale, posix.dirname(from.slug), path))
  const [first, ...rest] = resolved.split('/')
  const locale = localeDirs.find((dir) => dir === first)
  return locale ? { locale, slug: slugOf(rest.join('/')), hash } : null
}
