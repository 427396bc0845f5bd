// createOutbox: output leaves in small batches, promptly, even from a program that never yields, within its budget.
import { describe, expect, it } from 'vitest'
import type { Chunk } from '../protocol'
import { createOutbox } from './outbox'

const texts = (posted: Chunk[][]) => posted.map((batch) => batch.map((c) => c.text))

describe('createOutbox', () => {
  it('posts the first write at once and batches the ones right after it', async () => {
    const posted: Chunk[][] = []
    const outbox = createOutbox((chunks) => posted.push(chunks), { intervalMs: 30 })
    outbox.write('stdout', 'a\n')
    outbox.write('stdout', 'b\n')
    outbox.write('stderr', 'c\n')
    expect(texts(posted)).toEqual([['a\n']])
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(texts(posted)).toEqual([['a\n'], ['b\n', 'c\n']])
  })

  it('flushes from inside a busy loop once the interval has passed', () => {
    const posted: Chunk[][] = []
    const outbox = createOutbox((chunks) => posted.push(chunks), { intervalMs: 5, limits: { maxLines: 1e9, maxChars: 1e9 } })
    const until = performance.now() + 30
    while (performance.now() < until) outbox.write('stdout', 'x')
    expect(posted.length).toBeGreaterThan(2)
  })

  it('posts a full batch at once, however short the wait', () => {
    const posted: Chunk[][] = []
    const outbox = createOutbox((chunks) => posted.push(chunks), { intervalMs: 60_000, maxBatch: 3 })
    for (const text of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) outbox.write('stdout', text)
    expect(texts(posted)).toEqual([['a'], ['b', 'c', 'd'], ['e', 'f', 'g']])
  })

  it('stops at the budget, posts what fits and reports the overflow once', () => {
    const posted: Chunk[][] = []
    let overflows = 0
    const outbox = createOutbox((chunks) => posted.push(chunks), { intervalMs: 60_000, limits: { maxLines: 2, maxChars: 100 }, overflowed: () => overflows++ })
    for (let i = 0; i < 1000; i++) outbox.write('stdout', `line ${i}\n`)
    outbox.flush()
    expect(texts(posted).flat()).toEqual(['line 0\n', 'line 1\n'])
    expect(overflows).toBe(1)
  })

  it('drops empty writes and flushes the rest on demand', () => {
    const posted: Chunk[][] = []
    const outbox = createOutbox((chunks) => posted.push(chunks), { intervalMs: 1000 })
    outbox.write('stdout', '')
    outbox.flush()
    expect(posted).toEqual([])
  })
})
