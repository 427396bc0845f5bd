// The mapping shown by DesugarMap: faithful to the reference text, and every group used on both sides.
import { describe, expect, it } from 'vitest'
import { expansion, groupNumber, groups, linesOf, sugar } from './desugaring'
import { referenceExpansion } from './reference'

describe('desugaring', () => {
  it('reproduces the language reference text exactly', () => {
    expect(expansion.map((line) => line.text).join('\n')).toBe(referenceExpansion)
    expect(sugar.map((line) => line.map((piece) => piece.text).join('')).join('\n')).toBe(
      'async for TARGET in ITER:\n    SUITE\nelse:\n    SUITE2',
    )
  })

  it('ties every group to at least one piece of the statement and one line of the expansion', () => {
    const sugarGroups = new Set(sugar.flat().flatMap((piece) => (piece.group ? [piece.group] : [])))
    for (const group of groups) {
      expect(sugarGroups.has(group)).toBe(true)
      expect(linesOf(group).length).toBeGreaterThan(0)
    }
  })

  it('numbers the groups in order and finds their lines', () => {
    expect(groupNumber('iter')).toBe(1)
    expect(groupNumber('else')).toBe(6)
    expect(linesOf('loop')).toEqual([3, 5, 8, 9])
    expect(linesOf('else')).toEqual([12, 13])
  })
})
