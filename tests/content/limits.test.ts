// The playground page of every locale states the limits the runner enforces, written as its locale writes numbers.
import { describe, expect, it } from 'vitest'
import type { LocaleDir } from '../../.vitepress/config/locales'
import { limits } from '../../playground/limits'
import { coursePages } from '../support/pages'

type Limit = 'time' | 'lines' | 'memory'

/** Each limit in the units the page gives it. */
const stated: Record<Limit, number> = { time: limits.timeMs / 1000, lines: limits.outputLines, memory: limits.memoryMB / 1024 }

/** How a locale writes a count: Russian and Chinese group digits only from five digits up (2000, 20 000). */
const numberFormats: Record<LocaleDir, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en'),
  ru: new Intl.NumberFormat('ru', { useGrouping: 'min2' }),
  zh: new Intl.NumberFormat('zh', { useGrouping: 'min2' }),
  fr: new Intl.NumberFormat('fr'),
}

/** The word after each limit's number, in each locale: seconds, lines of output, gigabytes. */
const units: Record<LocaleDir, Record<Limit, string>> = {
  en: { time: 'seconds', lines: 'lines', memory: 'GB' },
  ru: { time: 'секунд', lines: 'строк', memory: 'ГБ' },
  zh: { time: '秒', lines: '行', memory: 'GB' },
  fr: { time: 'secondes', lines: 'lignes', memory: 'Go' },
}

/** Every number the text puts before `unit`, as written (group separators included). */
function numbersBefore(text: string, unit: string): string[] {
  return [...text.matchAll(new RegExp(`(\\d(?:[\\d,.\\s]*\\d)?)\\s*${unit}`, 'g'))].map((match) => match[1])
}

/** The section of a page under the heading with this anchor, up to the next heading of its level. */
function section(source: string, anchor: string): string {
  const start = source.indexOf(`{#${anchor}}`)
  if (start === -1) return ''
  const end = source.indexOf('\n## ', start)
  return source.slice(start, end === -1 ? undefined : end)
}

const pages = coursePages().filter((page) => page.slug === 'playground')

describe.each(pages.map((page) => [page.file, page] as const))('%s', (_, page) => {
  const text = section(page.source, 'editor')

  it.each(['time', 'lines', 'memory'] as const)('states the %s limit the runner enforces, and no other', (limit) => {
    const expected = numberFormats[page.locale.dir].format(stated[limit])
    expect(new Set(numbersBefore(text, units[page.locale.dir][limit]))).toEqual(new Set([expected]))
  })
})

it('finds the playground page in all four locales', () => {
  expect(pages.map((page) => page.locale.dir)).toEqual(['en', 'ru', 'zh', 'fr'])
})
