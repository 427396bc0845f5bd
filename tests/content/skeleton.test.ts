// skeleton(): translations may change comments and sentences, never the code.
import { describe, expect, it } from 'vitest'
import { skeleton } from './skeleton'

describe('skeleton', () => {
  it('ignores comments, docstrings and printed sentences', () => {
    const en = 'def f():\n    """Counts."""\n    print("done")  # the end\n'
    const ru = 'def f():\n    """Считает."""\n    # конец\n    print("готово")\n'
    expect(skeleton(en, 'python')).toBe(skeleton(ru, 'python'))
  })

  it('sees a change in the code itself', () => {
    expect(skeleton('x = 1\nprint(x)', 'python')).not.toBe(skeleton('x = 2\nprint(x)', 'python'))
  })

  it('keeps a # inside a string from reading as a comment', () => {
    expect(skeleton('print("#1", x)', 'python')).toBe('print("", x)')
  })

  it('handles TypeScript comments and template strings', () => {
    expect(skeleton('const a = `n=${n}` // note\n/* block */ f(a)', 'typescript')).toBe('const a = ``\nf(a)')
  })
})
