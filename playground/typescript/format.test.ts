// formatArgs prints what Node's console.log prints; it runs the same library code here as in the browser bundle.
import { format } from 'node:util'
import { describe, expect, it } from 'vitest'
import { formatArgs } from './format'

class Point {
  constructor(public x: number, public y: number) {}
}

class Tagged {
  get [Symbol.toStringTag]() {
    return 'Tag'
  }
}

async function* countdown() {
  yield 1
}
function* numbers() {
  yield 1
}
async function fetchOne() {}

const circular: { name: string; self?: unknown } = { name: 'node' }
circular.self = circular

const nullPrototype = Object.assign(Object.create(null) as object, { a: 1 })

const cases: [string, unknown[]][] = [
  ['strings and numbers', ['value:', 1, -0, 2.5, 10n]],
  ['-0, NaN and Infinity inside values', [[-0, NaN, Infinity, -Infinity]]],
  ['an iterator result', [{ value: 0, done: false }]],
  ['the last iterator result', [{ value: undefined, done: true }]],
  ['nested strings are quoted', [{ name: 'ada', tags: ['a', "it's"] }]],
  ['strings with quotes and newlines', [["it's", 'say "hi"', `both ' and "`, 'all \' " `', 'line\nbreak', 'tab\t']]],
  ['a string on its own prints raw', ["it's\nraw"]],
  ['arrays', [[1, 2, 3], []]],
  ['seven numbers', [[1, 2, 3, 4, 5, 6, 7]]],
  ['thirty numbers in aligned columns', [Array.from({ length: 30 }, (_, i) => i)]],
  ['over a hundred items', [Array.from({ length: 120 }, (_, i) => i * 37)]],
  ['many short strings in columns', [Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat((i % 5) + 1))]],
  ['long strings in an array', [['a'.repeat(40), 'b'.repeat(40)], ['x'.repeat(120)]]],
  ['sparse arrays', [[, , 1], [1, , , 2, ,]]], // eslint-disable-line no-sparse-arrays
  ['typed arrays', [new Uint8Array([1, 2, 3]), new Float64Array(2)]],
  ['nested arrays beyond depth 2', [[1, [2, [3, [4, [5]]]]]]],
  ['deep nesting stops', [{ a: { b: { c: { d: 1 } } } }]],
  ['empty object', [{}]],
  ['class instances', [new Point(1, 2)]],
  ['a class with Symbol.toStringTag', [new Tagged()]],
  ['an object with a Symbol.toStringTag key', [{ [Symbol.toStringTag]: 'Custom', a: 1 }]],
  ['symbol keys', [{ [Symbol('key')]: 1, a: 2 }]],
  ['an async iterable object', [{ [Symbol.asyncIterator]() { return this }, next: async () => ({ value: 1, done: false }) }]],
  ['getters and setters', [{ get a() { return 1 }, set b(_: number) {}, get c() { return 2 }, set c(_: number) {} }]],
  ['a null-prototype object', [nullPrototype, Object.create(null)]],
  ['boxed primitives', [new Number(3), new String('ab'), new Boolean(false), Object(10n), Object(Symbol('s'))]],
  ['WeakMap and WeakSet', [new WeakMap(), new WeakSet()]],
  ['dates', [new Date(0), new Date(Number.NaN)]],
  ['a regular expression', [/a+b/gi]],
  ['maps and sets', [new Map([['a', 1]]), new Set([1, 'x'])]],
  ['a map with object keys', [new Map([[{ a: 1 }, [1, 2]]])]],
  ['null, undefined, booleans', [null, undefined, true]],
  ['symbols', [Symbol('s'), Symbol()]],
  ['functions and classes', [function named() {}, Point, () => {}, class {}]],
  ['an async generator function', [countdown]],
  ['a generator function', [numbers]],
  ['an async function', [fetchOne, async () => {}]],
  ['an async generator object', [countdown()]],
  ['a generator object', [numbers()]],
  ['generator methods', [{ *items() {}, async *stream() {}, async *[Symbol.asyncIterator]() {} }]],
  ['methods whose names start with async', [{ asyncName() {}, async asyncMethod() {} }]],
  ['a function with properties', [Object.assign(async function* tagged() {}, { label: 'x' })]],
  ['an array iterator', [[1, 2][Symbol.iterator]()]],
  ['an empty map iterator', [new Map().keys()]],
  ['a pending promise', [new Promise(() => {})]],
  ['format strings', ['%s is %d years, %i%%', 'Ada', 36.5, 7.9]],
  ['%s with a bigint', ['%s items', 10n]],
  ['%s with an object, a symbol and -0', ['%s %s %s', { a: 1 }, Symbol('q'), -0]],
  ['%d and %i with a bigint', ['%d %i', 5n, 6n]],
  ['%f and %o', ['%f %o', '1.5', { a: [1, 2] }]],
  ['json format', ['%j', { a: [1] }]],
  ['%j of a circular object', ['%j', circular]],
  ['a percent sign without an argument', ['100%', 5]],
  ['a long object breaks over lines', [{ first: 'a'.repeat(30), second: 'b'.repeat(30), third: 3 }]],
  ['many keys', [Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i]))]],
  ['quoted keys', [{ 'a-b': 1, 'c d': 2, 3: 4, valid_id: 5 }]],
  ['an error', [new Error('x')]],
  ['an error inside an object', [{ error: new TypeError('wrong type') }]],
  ['an error with a cause', [new Error('outer', { cause: new Error('inner') })]],
  ['an error with properties', [Object.assign(new RangeError('far'), { code: 'E_FAR' })]],
  ['an AggregateError', [new AggregateError([new Error('a')], 'all failed')]],
  ['an error without a stack', [Object.assign(new Error('y'), { stack: undefined })]],
]

describe('formatArgs', () => {
  it.each(cases)('%s', (_, args) => {
    expect(formatArgs(args)).toBe(format(...args))
  })

  it('marks a circular reference', () => {
    expect(formatArgs([circular])).toBe('<ref *1> { name: \'node\', self: [Circular *1] }')
    expect(formatArgs([circular])).toBe(format(circular))
  })

  it('marks references that cycle through several objects', () => {
    const a: Record<string, unknown> = { name: 'a' }
    const b = { name: 'b', a }
    a.b = b
    const list: unknown[] = [1]
    list.push(list)
    expect(formatArgs([{ a, b }, list])).toBe(format({ a, b }, list))
  })
})

describe('errors thrown in the worker', () => {
  const program = 'blob:null/0b3d5c1e-8f2a-4c6d-9e7b-1a2b3c4d5e6f'
  const withStack = (stack: string) => Object.assign(new Error('boom'), { stack })
  const asNode = withStack('Error: boom\n    at gen (main.ts:3:9)\n    at main.ts:6:1')

  it('names the program main.ts, as uncaught errors do', () => {
    const error = withStack(`Error: boom\n    at gen (${program}:3:9)\n    at ${program}:6:1`)
    expect(formatArgs([error])).toBe(format(asNode))
  })

  it('writes Firefox and Safari frames as V8 does, after the message, at any depth', () => {
    const error = withStack(`gen@${program}:3:9\n@${program}:6:1\n`)
    expect(formatArgs([{ reason: error }])).toBe(format({ reason: asNode }))
  })

  it('keeps an error that refers to itself circular', () => {
    const error = Object.assign(withStack(`gen@${program}:3:9\n@${program}:6:1\n`), { self: undefined as unknown })
    error.self = error
    const expected = Object.assign(withStack(asNode.stack!), { self: undefined as unknown })
    expected.self = expected
    expect(formatArgs([error])).toBe(format(expected))
  })

  it('leaves Error.prototype as it found it', () => {
    formatArgs([new Error('x')])
    expect(Object.hasOwn(Error.prototype, Symbol.for('nodejs.util.inspect.custom'))).toBe(false)
  })
})

// What a script cannot see without Node's access to V8: these print differently from Node, by design of the platform.
describe('what a browser cannot see', () => {
  it("a promise's state: every promise prints as pending", () => {
    const resolved = Promise.resolve(42)
    expect(format(resolved)).toBe('Promise { 42 }')
    expect(formatArgs([resolved])).toBe('Promise { <pending> }')
  })

  it('the entries a Map or Set iterator has left: it prints as an exhausted one', () => {
    const entries = new Map([['a', 1]]).entries()
    expect(format(entries)).toBe("[Map Entries] { [ 'a', 1 ] }")
    expect(formatArgs([entries])).toBe('[Map Iterator] {  }')
    expect(formatArgs([new Set([1]).values()])).toBe('[Set Iterator] {  }')
  })
})
