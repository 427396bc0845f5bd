// Without WebAssembly stack switching (Safari), the runner rewrites asyncio.run: the course's Python
// examples still print what their pages show, and only a top-level asyncio.run(x) is rewritten.
import { readFileSync } from 'node:fs'
import type { PyodideInterface } from 'pyodide'
import { beforeAll, describe, expect, it } from 'vitest'
import { coursePages, examplesOf } from '../support/pages'
import { loadPyodideWithoutJspi } from '../support/python'

const runnerSource = readFileSync(new URL('../../playground/python/runner.py', import.meta.url), 'utf8')
const english = coursePages().filter((page) => page.locale.dir === 'en')
const examples = (await Promise.all(english.map(async (page) => (await examplesOf(page)).pairs.map((pair) => ({ page, pair })))))
  .flat()
  .filter(({ pair }) => pair.lang === 'python' && !pair.varies)
const noStackSwitching = 'RuntimeError: WebAssembly stack switching not supported in this JavaScript runtime'

let pyodide: PyodideInterface
let printed = ''

beforeAll(async () => {
  pyodide = await loadPyodideWithoutJspi()
  const write = (bytes: Uint8Array) => ((printed += new TextDecoder().decode(bytes)), bytes.length)
  pyodide.setStdout({ write })
  pyodide.setStderr({ write })
})

interface Run {
  printed: string
  rewritten: boolean
  /** The last line of the traceback, when the program raised. */
  error?: string
}

async function runWithoutJspi(code: string): Promise<Run> {
  printed = ''
  const runner = pyodide.toPy({ __name__: '__course__' })
  pyodide.runPython(runnerSource, { globals: runner, filename: '<course>' })
  const globals = pyodide.toPy({ __name__: '__main__' })
  const compiled = runner.get('compile_without_jspi')(code, 'main.py')
  const rewritten = compiled.get(1) as boolean
  try {
    await runner.get('run_compiled')(compiled.get(0), globals)
    return { printed, rewritten }
  } catch (error) {
    return { printed, rewritten, error: String(error instanceof Error ? error.message : error).trim().split('\n').at(-1) }
  }
}

const program = (...lines: string[]) => ['import asyncio', '', 'async def main():', '    print("in main")', '    return 42', '', ...lines, ''].join('\n')

describe('asyncio.run without JSPI', () => {
  it('really lacks stack switching here (the rewrite is what makes the examples run)', async () => {
    await expect(pyodide.runPythonAsync(program('asyncio.run(main())'))).rejects.toThrow(noStackSwitching)
  })

  it.each(examples.map(({ page, pair }) => [`${page.file}:${pair.line}`, pair] as const))('%s prints what the page shows', async (_, pair) => {
    const result = await runWithoutJspi(pair.code)
    expect(result.error).toBeUndefined()
    expect(result.printed.replace(/\n$/, '')).toBe(pair.output.replace(/\n$/, ''))
  })

  it('leaves a program without asyncio.run as it is, and says so', async () => {
    expect(await runWithoutJspi('print(1)')).toEqual({ printed: '1\n', rewritten: false })
  })

  it('rewrites asyncio.run(x) at top level between other statements, keeping its value and their order', async () => {
    const run = await runWithoutJspi(program('print("before")', 'result = asyncio.run(main())', 'print("after", result)'))
    expect(run).toEqual({ printed: 'before\nin main\nafter 42\n', rewritten: true })
  })

  it('rewrites asyncio.run(x) inside an if __name__ == "__main__": block, which is still top level', async () => {
    const run = await runWithoutJspi(program('if __name__ == "__main__":', '    print(asyncio.run(main()))'))
    expect(run).toEqual({ printed: 'in main\n42\n', rewritten: true })
  })

  it('leaves asyncio.run inside a function alone: without stack switching that call still fails', async () => {
    const run = await runWithoutJspi(program('def start():', '    asyncio.run(main())', '', 'start()'))
    expect(run).toEqual({ printed: '', rewritten: false, error: noStackSwitching })
  })

  it('leaves asyncio.run inside a coroutine alone, while the top-level one that starts it is rewritten', async () => {
    const run = await runWithoutJspi(program('async def outer():', '    print("in outer")', '    asyncio.run(main())', '', 'asyncio.run(outer())'))
    expect(run).toEqual({ printed: 'in outer\n', rewritten: true, error: noStackSwitching })
  })
})
