// OutputBudget: a run's output is let through up to its lines and characters, then cut off for good.
import { describe, expect, it } from 'vitest'
import { OutputBudget } from './output-budget'

const out = (text: string) => ({ stream: 'stdout' as const, text, at: 5 })
const texts = (chunks: { text: string }[]) => chunks.map((c) => c.text)

describe('OutputBudget', () => {
  it('lets everything through while within the limits', () => {
    const budget = new OutputBudget({ maxLines: 3, maxChars: 100 })
    expect(budget.take([out('a\n'), out('b'), out('c\n')])).toEqual([out('a\n'), out('b'), out('c\n')])
    expect(budget.exceeded).toBe(false)
  })

  it('stops right after the last allowed line and says so', () => {
    const budget = new OutputBudget({ maxLines: 2, maxChars: 100 })
    expect(texts(budget.take([out('1\n2\n3\n'), out('4\n')]))).toEqual(['1\n2\n'])
    expect(budget.exceeded).toBe(true)
  })

  it('counts exactly the allowed number of lines as within the limit', () => {
    const budget = new OutputBudget({ maxLines: 2, maxChars: 100 })
    expect(texts(budget.take([out('1\n'), out('2\n')]))).toEqual(['1\n', '2\n'])
    expect(budget.exceeded).toBe(false)
    expect(budget.take([out('x')])).toEqual([])
    expect(budget.exceeded).toBe(true)
  })

  it('cuts a long line at the character limit', () => {
    const budget = new OutputBudget({ maxLines: 10, maxChars: 5 })
    expect(texts(budget.take([out('abc'), out('defgh')]))).toEqual(['abc', 'de'])
    expect(budget.exceeded).toBe(true)
  })

  it('lets nothing through once exceeded', () => {
    const budget = new OutputBudget({ maxLines: 1, maxChars: 100 })
    budget.take([out('a\nb')])
    expect(budget.take([out('c\n'), { stream: 'stderr', text: 'd', at: 6 }])).toEqual([])
  })

  it('keeps streams and times of the chunks it passes', () => {
    const budget = new OutputBudget({ maxLines: 10, maxChars: 3 })
    expect(budget.take([{ stream: 'stderr', text: 'oops', at: 42 }])).toEqual([{ stream: 'stderr', text: 'oop', at: 42 }])
  })
})
