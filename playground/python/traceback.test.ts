// trimTraceback: the reader sees their own frames and line numbers, not Pyodide's.
import { describe, expect, it } from 'vitest'
import { trimTraceback } from './traceback'

const fromPyodide = `Traceback (most recent call last):
  File "/lib/python314.zip/_pyodide/_base.py", line 619, in eval_code_async
    await CodeRunner(
    ...<10 lines>...
    .run_async(globals, locals)
  File "/lib/python314.zip/_pyodide/_base.py", line 420, in run_async
    coroutine = eval(self.code, globals, locals)
  File "main.py", line 11, in <module>
    asyncio.run(main())
  File "/lib/python3.14/asyncio/runners.py", line 204, in run
    return runner.run(main)
  File "main.py", line 8, in main
    raise ValueError("x")
ValueError: x
`

describe('trimTraceback', () => {
  it("drops Pyodide's frames and keeps the program's and the standard library's", () => {
    expect(trimTraceback(fromPyodide)).toBe(`Traceback (most recent call last):
  File "main.py", line 11, in <module>
    asyncio.run(main())
  File "/lib/python3.14/asyncio/runners.py", line 204, in run
    return runner.run(main)
  File "main.py", line 8, in main
    raise ValueError("x")
ValueError: x
`)
  })

  it("drops the course runner's own frames", () => {
    const text = `Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    input()\n  File "<course>", line 8, in _no_input\nEOFError: no keyboard\n`
    expect(trimTraceback(text)).toBe(`Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    input()\nEOFError: no keyboard\n`)
  })

  it('leaves a syntax error as it is', () => {
    const syntax = `  File "main.py", line 2\n    print(\n         ^\nSyntaxError: '(' was never closed\n`
    expect(trimTraceback(syntax)).toBe(syntax)
  })
})
