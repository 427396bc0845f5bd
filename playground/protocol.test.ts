// readEvent: only well-formed events reach the page, whatever the sandboxed code posts.
import { describe, expect, it } from 'vitest'
import { readEvent } from './protocol'

describe('readEvent', () => {
  it('accepts well-formed events and copies only known fields', () => {
    const event = { kind: 'output', lang: 'python', runId: 3, chunks: [{ stream: 'stdout', text: '0\n', at: 5, extra: '<img>' }] }
    expect(readEvent(event)).toEqual({ kind: 'output', lang: 'python', runId: 3, chunks: [{ stream: 'stdout', text: '0\n', at: 5 }] })
    expect(readEvent({ kind: 'exit', lang: 'typescript', runId: 1, outcome: 'error' })).toEqual({ kind: 'exit', lang: 'typescript', runId: 1, outcome: 'error' })
    expect(readEvent({ kind: 'started', lang: 'python', runId: 4, extra: 1 })).toEqual({ kind: 'started', lang: 'python', runId: 4 })
    expect(readEvent({ kind: 'ready', lang: 'typescript', runId: 'x' })).toEqual({ kind: 'ready', lang: 'typescript' })
    expect(readEvent({ kind: 'need-files', lang: 'python', files: {} })).toEqual({ kind: 'need-files', lang: 'python' })
    for (const notice of ['asyncio-rewritten', 'memory-limit', 'output-limit']) {
      expect(readEvent({ kind: 'notice', lang: 'python', runId: 2, notice, extra: 1 })).toEqual({ kind: 'notice', lang: 'python', runId: 2, notice })
    }
  })

  it('rejects anything else', () => {
    for (const bad of [null, 'x', 42, { kind: 'output', lang: 'python', runId: 1, chunks: [{ stream: 'dom', text: 'x', at: 1 }] },
      { kind: 'exit', lang: 'python', runId: 1, outcome: 'win' }, { kind: 'eval', lang: 'python' }, { kind: 'ready', lang: 'ruby' },
      { kind: 'output', lang: 'python', runId: 1.5, chunks: [] }, { kind: 'notice', lang: 'python', runId: 1, notice: 'alert' },
      { kind: 'started', lang: 'python' }, { kind: 'crash', lang: 'python', message: 'x' }]) {
      expect(readEvent(bad)).toBeNull()
    }
  })

  it('caps the message of a crash and of a runtime that could not load', () => {
    for (const kind of ['crash', 'unavailable']) {
      const event = readEvent({ kind, lang: 'python', runId: 1, message: 'x'.repeat(10_000) })
      expect(event).toEqual({ kind, lang: 'python', runId: 1, message: 'x'.repeat(500) })
    }
  })
})
