// Without WebAssembly stack switching (Safari), the runner rewrites asyncio.run and the course's
// Python examples still print what their pages show. Node without --experimental-wasm-stack-switching
// is such a runtime.
import { readFileSync } from 'node:fs'
import { loadPyodide, type PyodideInterface } from 'pyodide'
import { beforeAll, describe, expect, it } from 'vitest'
import { coursePages, examplesOf } from '../../tests/support/pages'

const runnerSource = readFileSync(new URL('./runner.py', import.meta.url), 'utf8')
const english = coursePages().filter((page) => page.locale.dir === 'en')
const examples = (await Promise.all(english.map(async (page) => (await examplesOf(page)).pairs.map((pair) => ({ page, pair })))))
  .flat()
  .filter(({ pair }) => pair.lang === 'python' && !pair.varies)

let pyodide: PyodideInterface
let printed = ''

beforeAll(async () => {
  pyodide = await loadPyodide()
  const write = (bytes: Uint8Array) => ((printed += new TextDecoder().decode(bytes)), bytes.length)
  pyodide.setStdout({ write })
  pyodide.setStderr({ write })
}, 60_000)

async function runWithoutJspi(code: string): Promise<{ printed: string; rewritten: boolean }> {
  printed = ''
  const runner = pyodide.toPy({ __name__: '__course__' })
  pyodide.runPython(runnerSource, { globals: runner, filename: '<course>' })
  const globals = pyodide.toPy({ __name__: '__main__' })
  const compiled = runner.get('compile_without_jspi')(code, 'main.py')
  const rewritten = compiled.get(1) as boolean
  await runner.get('run_compiled')(compiled.get(0), globals)
  return { printed, rewritten }
}

describe('asyncio.run without JSPI', () => {
  it('really lacks stack switching here (the rewrite is what makes the examples run)', async () => {
    await expect(pyodide.runPythonAsync('import asyncio\nasync def f(): pass\nasyncio.run(f())')).rejects.toThrow()
  })

  it.each(examples.map(({ page, pair }) => [`${page.file}:${pair.line}`, pair] as const))('%s prints what the page shows', async (_, pair) => {
    const result = await runWithoutJspi(pair.code)
    expect(result.printed.replace(/\n$/, '')).toBe(pair.output.replace(/\n$/, ''))
  })

  it('rewrites only a top-level asyncio.run, and says when it did', async () => {
    expect((await runWithoutJspi('print(1)')).rewritten).toBe(false)
    const nested = await runWithoutJspi('import asyncio\nasync def main():\n    print("hi")\nif __name__ == "__main__":\n    asyncio.run(main())')
    expect(nested).toEqual({ printed: 'hi\n', rewritten: true })
  })
})
