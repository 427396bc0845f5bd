// The site's theme: VitePress's default theme, the course's components, its styles, and exercise progress in the sidebar.
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import { h } from 'vue'
import CodeExample from '../../components/CodeExample.vue'
import CodePlayground from '../../components/CodePlayground.vue'
import DesugarMap from '../../components/DesugarMap.vue'
import CodeExercise from '../../components/exercise/CodeExercise.vue'
import ExerciseProgress from '../../components/exercise/ExerciseProgress.vue'
import './style.css'

export default {
  extends: DefaultTheme,
  Layout: () => h(DefaultTheme.Layout, null, { 'sidebar-nav-after': () => h(ExerciseProgress, { compact: true }) }),
  enhanceApp({ app }) {
    app.component('CodeExample', CodeExample)
    app.component('DesugarMap', DesugarMap)
    app.component('CodePlayground', CodePlayground)
    app.component('CodeExercise', CodeExercise)
    app.component('ExerciseProgress', ExerciseProgress)
  },
} satisfies Theme
