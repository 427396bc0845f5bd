// The site's theme: VitePress's default theme, the course's components and styles, exercise progress in the sidebar, the notice of a new build.
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
import './style.css'

export default {
  extends: DefaultTheme,
  Layout: () =>
    h(DefaultTheme.Layout, null, {
      'sidebar-nav-after': () => h(ExerciseProgress, { compact: true }),
      // The notice of a new build sits below every page's layout.
      'layout-bottom': () => h(UpdateNotice),
    }),
  enhanceApp({ app }) {
    app.component('CodeExample', CodeExample)
    app.component('DesugarMap', DesugarMap)
    app.component('CodePlayground', CodePlayground)
    app.component('CodeExercise', CodeExercise)
    app.component('ExerciseProgress', ExerciseProgress)
    app.component('CodeEmbed', CodeEmbed)
  },
} satisfies Theme
