// The component strings of the page's locale.
import { computed, type ComputedRef } from 'vue'
import { useData } from 'vitepress'
import type { LocaleDir } from '../.vitepress/config/locales'
import { strings, type ComponentStrings } from './strings'

/** VitePress's locale key (`root` is English) to the locale's folder name. */
function localeDir(localeIndex: string): LocaleDir {
  return localeIndex in strings ? (localeIndex as LocaleDir) : 'en'
}

export function useStrings(): ComputedRef<ComponentStrings> {
  const { localeIndex } = useData()
  return computed(() => strings[localeDir(localeIndex.value)])
}
