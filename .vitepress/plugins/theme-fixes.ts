// Vite plugin: fixes accessibility faults of VitePress 1.6's default theme in its own components, at build time.
import type { Plugin } from 'vite'

/** Text edits to one of the theme's single-file components: each `from` must be found, once. */
const fixes: Record<string, [from: string, to: string][]> = {
  /**
   * The search button writes its keyboard hint's "K" as text (its "Ctrl" or "⌘" is already CSS), so
   * it shows "Search K" while its accessible name is "Search" (WCAG 2.5.3, Label in Name). The "K"
   * moves to CSS, as VitePress 2 draws the whole hint, and the shortcuts to `aria-keyshortcuts`.
   */
  'VPNavBarSearchButton.vue': [
    [
      '<button type="button" class="DocSearch DocSearch-Button" ',
      '<button type="button" class="DocSearch DocSearch-Button" aria-keyshortcuts="/ Control+K Meta+K" ',
    ],
    ['<kbd class="DocSearch-Button-Key">K</kbd>', '<kbd class="DocSearch-Button-Key"></kbd>'],
    [
      '<style>',
      "<style>\n.DocSearch-Button .DocSearch-Button-Key + .DocSearch-Button-Key:after {\n  content: 'K';\n}\n",
    ],
  ],
  /**
   * The appearance switch binds `aria-checked` to `isDark`, which the server renders false and a
   * dark page already holds true when Vue hydrates it; hydration does not patch attributes, so a
   * page that opens dark tells assistive technology the switch is off (WCAG 4.1.2). The switch now
   * reads `isDark` after mounting, as it already does for its title.
   */
  'VPSwitchAppearance.vue': [
    ["const switchTitle = ref('')", "const switchTitle = ref('')\nconst checked = ref(false)"],
    ['watchPostEffect(() => {\n', 'watchPostEffect(() => {\n  checked.value = isDark.value\n'],
    [':aria-checked="isDark"', ':aria-checked="checked"'],
  ],
}

/** The build fails if a fixed component changed, so an upgrade of VitePress cannot skip a fix quietly. */
export function themeFixesPlugin(): Plugin {
  return {
    name: 'course-theme-fixes',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/vitepress/dist/client/theme-default/')) return
      const edits = fixes[id.slice(id.lastIndexOf('/') + 1)]
      if (!edits) return
      let fixed = code
      for (const [from, to] of edits) {
        if (fixed.split(from).length !== 2) throw new Error(`${id} no longer contains ${JSON.stringify(from)} once: review ${import.meta.url}`)
        fixed = fixed.replace(from, to)
      }
      return { code: fixed, map: null }
    },
  }
}
