// announceLines: one short message however many lines arrived.
import { describe, expect, it } from 'vitest'
import { announceLines } from './announce'

const line = (text: string) => ({ stream: 'stdout' as const, text, t: 0 })
const words = { newLines: (count: number) => `${count} new lines, the last:` }

describe('announceLines', () => {
  it('says a single line as it is', () => {
    expect(announceLines([line('0')], words)).toBe('0')
  })

  it('sums up many lines and reads only the last, shortened', () => {
    const many = Array.from({ length: 500 }, (_, i) => line(`${i} ${'x'.repeat(200)}`))
    const spoken = announceLines(many, words)
    expect(spoken.startsWith('500 new lines, the last: 499 ')).toBe(true)
    expect(spoken.length).toBeLessThan(160)
  })

  it('says nothing when nothing arrived', () => {
    expect(announceLines([], words)).toBe('')
  })
})
