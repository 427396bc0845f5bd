// The site's theme: VitePress's default theme, the course's components and its styles.
import { h } from 'vue'
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import CodeExample from '../../components/CodeExample.vue'
import CodePlayground from '../../components/CodePlayground.vue'
import DesugarMap from '../../components/DesugarMap.vue'
import UpdateNotice from '../../components/UpdateNotice.vue'
import './style.css'

export default {
  extends: DefaultTheme,
  // The notice of a new build sits below every page's layout.
  Layout: () => h(DefaultTheme.Layout, null, { 'layout-bottom': () => h(UpdateNotice) }),
  enhanceApp({ app }) {
    app.component('CodeExample', CodeExample)
    app.component('DesugarMap', DesugarMap)
    app.component('CodePlayground', CodePlayground)
  },
} satisfies Theme
