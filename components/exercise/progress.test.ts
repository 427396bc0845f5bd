// The reader's progress in localStorage: read safely, added to, counted per page, found in the pages' markdown.
import { describe, expect, it } from 'vitest'
import { exerciseIds, markSolved, progressByPage, progressKey, readSolved } from './progress'

const memory = (initial?: string) => {
  const items = new Map<string, string>(initial === undefined ? [] : [[progressKey, initial]])
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value), items }
}

describe('progress', () => {
  it('reads what it wrote, and nothing from a damaged or foreign value', () => {
    const storage = memory()
    markSolved(storage, 'aiter-b')
    expect([...markSolved(storage, 'aiter-a')]).toEqual(['aiter-b', 'aiter-a'])
    expect(storage.items.get(progressKey)).toBe('["aiter-a","aiter-b"]')
    expect(readSolved(memory('{oops'))).toEqual(new Set())
    expect(readSolved(memory('{"a": 1}'))).toEqual(new Set())
    expect(readSolved(memory('["x", 3, null]'))).toEqual(new Set(['x']))
  })

  it('keeps the verdict when the storage refuses to store', () => {
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError') } }
    expect(markSolved(full, 'a')).toEqual(new Set(['a']))
  })

  it('counts per page, skipping pages without exercises', () => {
    const catalog = [{ page: 'index', ids: [] }, { page: 'aiter', ids: ['aiter-a', 'aiter-b'] }, { page: 'anext', ids: ['anext-a'] }]
    expect(progressByPage(catalog, new Set(['aiter-b', 'other']))).toEqual([
      { page: 'aiter', solved: 1, total: 2 },
      { page: 'anext', solved: 0, total: 1 },
    ])
  })

  it('finds the exercise ids of a page', () => {
    expect(exerciseIds('text\n:::: exercise aiter-one\nx\n::::\n\n:::: exercise aiter-two predict\n::::\n')).toEqual(['aiter-one', 'aiter-two'])
  })
})
