// The four locales: folder under docs/, VitePress locale key and words.
import { en } from './en'
import { fr } from './fr'
import type { LocaleWords } from './locale'
import { ru } from './ru'
import { zh } from './zh'

/** A locale by the folder under docs/ that holds its pages. */
export type LocaleDir = 'en' | 'ru' | 'zh' | 'fr'

export interface Locale {
  /** The folder under docs/ that holds the locale's pages. */
  dir: LocaleDir
  /** VitePress's key for the locale: `root` for English. */
  key: 'root' | 'ru' | 'zh' | 'fr'
  words: LocaleWords
}

export const locales: readonly Locale[] = [
  { dir: 'en', key: 'root', words: en },
  { dir: 'ru', key: 'ru', words: ru },
  { dir: 'zh', key: 'zh', words: zh },
  { dir: 'fr', key: 'fr', words: fr },
]
