// The site's theme: VitePress's default theme, the course's components and its styles.
import type { Theme } from 'vitepress'
import DefaultTheme from 'vitepress/theme'
import CodeEmbed from '../../components/CodeEmbed.vue'
import CodeExample from '../../components/CodeExample.vue'
import CodePlayground from '../../components/CodePlayground.vue'
import DesugarMap from '../../components/DesugarMap.vue'
import './style.css'

export default {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    app.component('CodeExample', CodeExample)
    app.component('DesugarMap', DesugarMap)
    app.component('CodePlayground', CodePlayground)
    app.component('CodeEmbed', CodeEmbed)
  },
} satisfies Theme
