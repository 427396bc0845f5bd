// Every example of every page prints exactly the output its page shows, on the site's runtimes.
import { beforeAll, describe, expect, it } from 'vitest'
import { coursePages, examplesOf } from '../support/pages'
import { startPython, type PythonRun } from '../support/python'
import { runTypeScript } from '../support/typescript'

const pages = await Promise.all(coursePages().map(async (page) => ({ page, ...(await examplesOf(page)) })))

/** Drops the newline that ends the last printed line, as a fence drops it. */
const trimEnd = (text: string) => text.replace(/\n$/, '')

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
        expect(result.printed.trim(), 'a varying example still prints something').not.toBe('')
      } else {
        expect(trimEnd(result.printed)).toBe(trimEnd(example.output))
      }
    })
  }
})
