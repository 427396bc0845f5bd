// The page's locale, and the component strings in it.
import { computed, type ComputedRef } from 'vue'
import { useData } from 'vitepress'
import type { LocaleDir } from '../.vitepress/config/locales'
import { strings, type ComponentStrings } from './strings'

/** VitePress's locale key (`root` is English) to the locale's folder name. */
function localeDir(localeIndex: string): LocaleDir {
  return localeIndex in strings ? (localeIndex as LocaleDir) : 'en'
}

/** The page's locale, by folder name. */
export function useLocale(): ComputedRef<LocaleDir> {
  const { localeIndex } = useData()
  return computed(() => localeDir(localeIndex.value))
}

export function useStrings(): ComputedRef<ComponentStrings> {
  const locale = useLocale()
  return computed(() => strings[locale.value])
}
