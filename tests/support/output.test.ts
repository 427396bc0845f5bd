// varyingLines: two runs of an example whose output varies agree on their lines, numbers and order aside.
import { describe, expect, it } from 'vitest'
import { varyingLines } from './output'

const shown = 'fetched a in 0.10 s\nfetched b in 0.20 s\n3 items at 0x7f3a2c\n'

describe('varyingLines', () => {
  it('ignores the numbers a run prints and the order of its lines', () => {
    const run = 'fetched b in 0.213 s\nfetched a in 0.1 s\n12 items at 0x55d0e8f1\n'
    expect(varyingLines(run)).toEqual(varyingLines(shown))
  })

  it('tells apart a run with a line missing, a line too many or other words', () => {
    expect(varyingLines('fetched a in 0.10 s\n3 items at 0x7f3a2c\n')).not.toEqual(varyingLines(shown))
    expect(varyingLines(`${shown}fetched c in 0.30 s\n`)).not.toEqual(varyingLines(shown))
    expect(varyingLines(shown.replace('fetched b', 'failed b'))).not.toEqual(varyingLines(shown))
  })

  it('counts a final newline as the fence does, and blank lines as lines', () => {
    expect(varyingLines('a 1\n')).toEqual(varyingLines('a 2'))
    expect(varyingLines('a 1\n\nb\n')).not.toEqual(varyingLines('a 1\nb\n'))
  })
})
