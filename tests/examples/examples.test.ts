// Every example of every page prints exactly the output its page shows, on the site's runtimes.
import { beforeAll, describe, expect, it } from 'vitest'
import { trimEnd, varyingLines } from '../support/output'
import { coursePages, examplesOf } from '../support/pages'
import { startPython, type PythonRun } from '../support/python'
import { runTypeScript } from '../support/typescript'

const pages = await Promise.all(coursePages().map(async (page) => ({ page, ...(await examplesOf(page)) })))

let runPython: (code: string) => Promise<PythonRun>
const pythonRuns = new Map<string, Promise<PythonRun>>()
/** Identical code in two places runs once. */
const python = (code: string) => {
  if (!pythonRuns.has(code)) pythonRuns.set(code, runPython(code))
  return pythonRuns.get(code)!
}

beforeAll(async () => {
  runPython = await startPython()
})

describe.each(pages)('$page.file', ({ page, pairs, problems }) => {
  it('pairs every runnable example with its output', () => {
    expect(problems, page.file).toEqual([])
  })

  for (const example of pairs) {
    it(`${example.lang} example at line ${example.line} prints what the page shows`, async () => {
      const result = example.lang === 'python' ? await python(example.code) : await runTypeScript(example.code)
      expect(result.error, `${page.file}:${example.line} raised`).toBeUndefined()
      if (example.varies) {
        expect(varyingLines(result.printed), 'the lines the page shows, numbers and order aside').toEqual(varyingLines(example.output))
      } else {
        expect(trimEnd(result.printed)).toBe(trimEnd(example.output))
      }
    })
  }
})
