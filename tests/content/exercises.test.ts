// The exercises: at least three on each page that teaches, a predict-the-output on each basic page, the same in every locale.
import { describe, expect, it } from 'vitest'
import { coursePages, exercisesOf } from '../support/pages'

const teaching = ['aiter', 'anext', 'async-for', 'protocol', 'async-generators', 'comprehensions', 'patterns']
const basic = ['aiter', 'anext', 'async-for']
const pages = coursePages()

describe('exercises', () => {
  for (const page of pages) {
    it(`${page.file}: well formed, with ids of its own page`, async () => {
      const { exercises, problems } = await exercisesOf(page)
      expect(problems).toEqual([])
      for (const exercise of exercises) expect(exercise.id.startsWith(`${page.slug}-`), exercise.id).toBe(true)
      if (exercises.length) expect(page.source, 'a section {#exercises} holds them').toMatch(/^## .* \{#exercises\}$/m)
    })
  }

  for (const page of pages.filter((p) => teaching.includes(p.slug))) {
    it(`${page.file}: at least three exercises${basic.includes(page.slug) ? ', one of them predict-the-output' : ''}`, async () => {
      const { exercises } = await exercisesOf(page)
      expect(exercises.length).toBeGreaterThanOrEqual(3)
      if (basic.includes(page.slug)) expect(exercises.some((e) => e.kind === 'predict')).toBe(true)
    })
  }

  it('every locale has the same exercises, in the same order, and no id is used twice', async () => {
    const byLocale = new Map<string, string[]>()
    for (const page of pages) {
      const { exercises } = await exercisesOf(page)
      const list = byLocale.get(page.locale.dir) ?? []
      list.push(...exercises.map((e) => `${page.slug}:${e.id}:${e.kind}:${e.hints.length > 0}`))
      byLocale.set(page.locale.dir, list)
    }
    const english = byLocale.get('en')!
    expect(new Set(english).size).toBe(english.length)
    for (const [locale, list] of byLocale) expect(list, locale).toEqual(english)
  })
})
