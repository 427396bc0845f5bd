// The page's locale, and the component strings in it: each locale's words load with its pages only.
import { computed, shallowReactive, type ComputedRef } from 'vue'
import { useData } from 'vitepress'
import type { LocaleDir } from '../.vitepress/config/locales'
import type { ComponentStrings } from './strings'

const loaders: Record<LocaleDir, () => Promise<{ default: ComponentStrings }>> = {
  en: () => import('./locales/en'),
  ru: () => import('./locales/ru'),
  zh: () => import('./locales/zh'),
  fr: () => import('./locales/fr'),
}

const loaded = shallowReactive<Partial<Record<LocaleDir, ComponentStrings>>>({})

/** Loads a locale's words; the theme awaits it before a page of that locale renders. */
export async function loadStrings(locale: LocaleDir): Promise<void> {
  loaded[locale] ??= (await loaders[locale]()).default
}

/** VitePress's locale key (`root` is English) to the locale's folder name. */
function localeDir(localeIndex: string): LocaleDir {
  return localeIndex in loaders ? (localeIndex as LocaleDir) : 'en'
}

/** The page's locale, by folder name. */
export function useLocale(): ComputedRef<LocaleDir> {
  const { localeIndex } = useData()
  return computed(() => localeDir(localeIndex.value))
}

export function useStrings(): ComputedRef<ComponentStrings> {
  const locale = useLocale()
  return computed(() => {
    const words = loaded[locale.value]
    if (!words) throw new Error(`the ${locale.value} words were not loaded before the page rendered`)
    return words
  })
}
