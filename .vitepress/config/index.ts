// The site's VitePress config: shared settings plus one block per locale.
import { withPwa } from '@vite-pwa/vitepress'
import { defineConfig } from 'vitepress'
import { examplesPlugin } from '../markdown/examples'
import { exercisesPlugin } from '../markdown/exercises'
import { playgroundPlugin } from '../markdown/playground'
import { sandboxPlugin } from '../plugins/sandbox'
import { themeFixesPlugin } from '../plugins/theme-fixes'
import { siteBase } from './base'
import { localeConfig } from './locale'
import { locales } from './locales'
import { pwa } from './pwa'
import { tokenizeSearchText } from './search'

const base = siteBase(process.env.SITE_BASE)

export default withPwa(defineConfig({
  srcDir: 'docs',
  // English pages live in docs/en/ like every locale, and are served at the root.
  rewrites: { 'en/:rest*': ':rest*' },
  base,
  cleanUrls: true,
  // No idle prefetching of linked pages: a page loads only its own JavaScript until the reader acts.
  router: { prefetchLinks: false },
  lastUpdated: false,
  head: [
    ['link', { rel: 'icon', type: 'image/svg+xml', href: `${base}favicon.svg` }],
    ['meta', { name: 'theme-color', content: '#3c6e9f' }],
  ],
  locales: Object.fromEntries(locales.map(({ key, words }) => [key, localeConfig(words)])),
  vite: { plugins: [sandboxPlugin(), themeFixesPlugin()] },
  pwa,
  markdown: {
    // The high-contrast GitHub themes keep every token at WCAG AA contrast on the code background.
    theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
    // The playground takes its starters from the page's examples, and exercises take their code,
    // before the examples are wrapped.
    config: (md) => md.use(playgroundPlugin).use(exercisesPlugin).use(examplesPlugin),
  },
  themeConfig: {
    logo: { src: '/favicon.svg', alt: '' },
    search: {
      provider: 'local',
      options: {
        miniSearch: { options: { tokenize: tokenizeSearchText } },
        locales: Object.fromEntries(locales.map(({ key, words }) => [key, { translations: words.search }])),
      },
    },
  },
}))
