// The site's theme: VitePress's default theme, the course's components, styles and words, exercise progress in the sidebar, the notice of a new build.
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { h } from 'vue'
import CodeEmbed from '../../components/CodeEmbed.vue'
import CodeExample from '../../components/CodeExample.vue'
import CodePlayground from '../../components/CodePlayground.vue'
import DesugarMap from '../../components/DesugarMap.vue'
import CodeExercise from '../../components/exercise/CodeExercise.vue'
import ExerciseProgress from '../../components/exercise/ExerciseProgress.vue'
import UpdateNotice from '../../components/UpdateNotice.vue'
import { localeOfPath } from '../../components/locale-path'
import { loadStrings } from '../../components/useStrings'
import './style.css'

export default {
  extends: DefaultTheme,
  Layout: () =>
    h(DefaultTheme.Layout, null, {
      'sidebar-nav-after': () => h(ExerciseProgress, { compact: true }),
      // The notice of a new build sits below every page's layout.
      'layout-bottom': () => h(UpdateNotice),
    }),
  async enhanceApp({ app, router, siteData }) {
    // The components' words come in the page's locale only, before the page renders (the server renders every locale).
    if (import.meta.env.SSR) await Promise.all((['en', 'ru', 'zh', 'fr'] as const).map(loadStrings))
    else {
      const localeOf = (href: string) => localeOfPath(new URL(href, location.href).pathname, siteData.value.base)
      await loadStrings(localeOf(location.href))
      const before = router.onBeforePageLoad
      router.onBeforePageLoad = async (href) => {
        await loadStrings(localeOf(href))
        return before?.(href)
      }
    }
    app.component('CodeExample', CodeExample)
    app.component('DesugarMap', DesugarMap)
    app.component('CodePlayground', CodePlayground)
    app.component('CodeExercise', CodeExercise)
    app.component('ExerciseProgress', ExerciseProgress)
    app.component('CodeEmbed', CodeEmbed)
  },
} satisfies Theme
