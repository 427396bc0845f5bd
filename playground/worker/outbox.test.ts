// createOutbox: output leaves in batches, promptly, even from a program that never yields.
import { describe, expect, it } from 'vitest'
import type { Chunk } from '../protocol'
import { createOutbox } from './outbox'

describe('createOutbox', () => {
  it('posts the first write at once and batches the ones right after it', async () => {
    const posted: Chunk[][] = []
    const outbox = createOutbox((chunks) => posted.push(chunks), 30)
    outbox.write('stdout', 'a\n')
    outbox.write('stdout', 'b\n')
    outbox.write('stderr', 'c\n')
    expect(posted.map((batch) => batch.map((c) => c.text))).toEqual([['a\n']])
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(posted.map((batch) => batch.map((c) => c.text))).toEqual([['a\n'], ['b\n', 'c\n']])
  })

  it('flushes from inside a busy loop once the interval has passed', () => {
    const posted: Chunk[][] = []
    const outbox = createOutbox((chunks) => posted.push(chunks), 5)
    const until = performance.now() + 30
    while (performance.now() < until) outbox.write('stdout', 'x')
    expect(posted.length).toBeGreaterThan(2)
  })

  it('drops empty writes and flushes the rest on demand', () => {
    const posted: Chunk[][] = []
    const outbox = createOutbox((chunks) => posted.push(chunks), 1000)
    outbox.write('stdout', '')
    outbox.flush()
    expect(posted).toEqual([])
  })
})
