// createOutbox: output leaves in small batches, promptly, even from a program that never yields, within its budget.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Chunk } from '../protocol'
import { createOutbox } from './outbox'

const texts = (posted: Chunk[][]) => posted.map((batch) => batch.map((c) => c.text))
const start = 1_700_000_000_000
/** The outbox's clock: the fake Date, which moves only when a test moves it. */
const clock = () => Date.now()

describe('createOutbox', () => {
  let posted: Chunk[][]
  const post = (chunks: Chunk[]) => posted.push(chunks)

  beforeEach(() => {
    posted = []
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: start })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('posts the first write at once and batches the ones right after it, one interval later', () => {
    const outbox = createOutbox(post, { intervalMs: 30, clock })
    outbox.write('stdout', 'a\n')
    outbox.write('stdout', 'b\n')
    outbox.write('stderr', 'c\n')
    expect(texts(posted)).toEqual([['a\n']])
    vi.advanceTimersByTime(29)
    expect(texts(posted)).toEqual([['a\n']])
    vi.advanceTimersByTime(1)
    expect(texts(posted)).toEqual([['a\n'], ['b\n', 'c\n']])
  })

  it('flushes from inside a busy loop once the interval has passed, though no timer ever fires', () => {
    const outbox = createOutbox(post, { intervalMs: 5, limits: { maxLines: 1e9, maxChars: 1e9 }, clock })
    // A program that never yields: a write every millisecond, and the event loop never runs a timer.
    for (let ms = 0; ms < 30; ms++) {
      vi.setSystemTime(start + ms)
      outbox.write('stdout', 'x')
    }
    expect(posted.map((batch) => batch.length)).toEqual([1, 5, 5, 5, 5, 5])
    expect(posted.flat().map((chunk) => chunk.at - start)).toEqual([0, ...Array.from({ length: 25 }, (_, i) => i + 1)])
  })

  it('posts a full batch at once, however short the wait', () => {
    const outbox = createOutbox(post, { intervalMs: 60_000, maxBatch: 3, clock })
    for (const text of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) outbox.write('stdout', text)
    expect(texts(posted)).toEqual([['a'], ['b', 'c', 'd'], ['e', 'f', 'g']])
  })

  it('stops at the budget, posts what fits and reports the overflow once', () => {
    let overflows = 0
    const outbox = createOutbox(post, { intervalMs: 60_000, limits: { maxLines: 2, maxChars: 100 }, overflowed: () => overflows++, clock })
    for (let i = 0; i < 1000; i++) outbox.write('stdout', `line ${i}\n`)
    outbox.flush()
    expect(texts(posted).flat()).toEqual(['line 0\n', 'line 1\n'])
    expect(overflows).toBe(1)
  })

  it('posts nothing for an empty write, which neither waits for a timer nor delays the next write', () => {
    const outbox = createOutbox(post, { intervalMs: 1000, clock })
    outbox.write('stdout', '')
    expect(posted).toEqual([])
    expect(vi.getTimerCount()).toBe(0)
    outbox.write('stdout', 'a')
    expect(texts(posted)).toEqual([['a']])
    outbox.write('stdout', 'b')
    outbox.flush()
    outbox.flush()
    expect(texts(posted)).toEqual([['a'], ['b']])
  })
})
