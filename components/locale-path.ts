// Which locale a page is in, from its address: what the theme needs before VitePress has the page.
import type { LocaleDir } from '../.vitepress/config/locales'

const prefixed: readonly LocaleDir[] = ['ru', 'zh', 'fr']

/** The locale of the page at `pathname` on a site under `base` (`/` or `/course/`): English unless the first folder says otherwise. */
export function localeOfPath(pathname: string, base: string): LocaleDir {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')
  const first = rest.split('/')[0].replace(/\.html$/, '')
  return prefixed.find((locale) => locale === first) ?? 'en'
}
