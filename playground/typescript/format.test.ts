// formatArgs prints what Node's console.log prints for the values programs usually log.
import { format } from 'node:util'
import { describe, expect, it } from 'vitest'
import { formatArgs } from './format'

class Point {
  constructor(public x: number, public y: number) {}
}

const cases: [string, unknown[]][] = [
  ['strings and numbers', ['value:', 1, -0, 2.5, 10n]],
  ['an iterator result', [{ value: 0, done: false }]],
  ['nested strings are quoted', [{ name: 'ada', tags: ['a', "it's"] }]],
  ['arrays', [[1, 2, 3], []]],
  ['empty object', [{}]],
  ['class instances', [new Point(1, 2)]],
  ['maps and sets', [new Map([['a', 1]]), new Set([1, 'x'])]],
  ['null, undefined, booleans', [null, undefined, true]],
  ['functions and classes', [function named() {}, Point]],
  ['format strings', ['%s is %d years, %i%%', 'Ada', 36.5, 7.9]],
  ['json format', ['%j', { a: [1] }]],
  ['a long object breaks over lines', [{ first: 'a'.repeat(30), second: 'b'.repeat(30), third: 3 }]],
  ['deep nesting stops', [{ a: { b: { c: { d: 1 } } } }]],
  ['symbols', [Symbol('s')]],
]

describe('formatArgs', () => {
  it.each(cases)('%s', (_, args) => {
    expect(formatArgs(args)).toBe(format(...args))
  })

  it('marks a circular reference', () => {
    const node: { self?: unknown } = {}
    node.self = node
    expect(formatArgs([node])).toContain('[Circular *1]')
  })
})
