// Runs a Python program on the site's own CPython (Pyodide in Node) and collects what it prints.
import { readFileSync } from 'node:fs'
import { loadPyodide, type PyodideInterface } from 'pyodide'
import type { Verdict } from '../../playground/protocol'
import { recordRun } from '../../playground/python/record'
import { verdictOf, type Ending } from '../../playground/python/verdict'

export interface PythonRun {
  /** stdout and stderr, in the order the program wrote them. */
  printed: string
  /** The traceback of an exception the program did not catch, if any. */
  error?: string
}

export async function startPython(): Promise<(code: string) => Promise<PythonRun>> {
  const pyodide: PyodideInterface = await loadPyodide()
  const decoder = new TextDecoder()
  let printed = ''
  const write = (bytes: Uint8Array): number => {
    printed += decoder.decode(bytes)
    return bytes.length
  }
  pyodide.setStdout({ write })
  pyodide.setStderr({ write })
  return async (code) => {
    printed = ''
    const globals = pyodide.toPy({ __name__: '__main__' })
    try {
      await pyodide.runPythonAsync(code, { globals, filename: 'main.py' })
      return { printed }
    } catch (error) {
      return { printed, error: error instanceof Error ? error.message : String(error) }
    } finally {
      globals.destroy()
    }
  }
}

/**
 * Pyodide as a browser without WebAssembly stack switching (Safari) runs it, even in a Node started
 * with --experimental-wasm-stack-switching: Pyodide looks for the JSPI API only while it loads, so
 * the API is hidden until then and put back after.
 */
export async function loadPyodideWithoutJspi(): Promise<PyodideInterface> {
  const jspi = ['Suspending', 'Suspender'].flatMap((name) => {
    const descriptor = Object.getOwnPropertyDescriptor(WebAssembly, name)
    return descriptor ? [{ name, descriptor }] : []
  })
  for (const { name } of jspi) Reflect.deleteProperty(WebAssembly, name)
  try {
    return await loadPyodide()
  } finally {
    for (const { name, descriptor } of jspi) Object.defineProperty(WebAssembly, name, descriptor)
  }
}

/** A program recorded as the step-through records it in the browser, and what it printed. */
export interface Recorded {
  json: string
  printed: string
  error?: string
}

/**
 * The step-through's recorder on the site's CPython: `record` runs a program as the Python worker
 * does with `trace`; `reference` lists the start/resume/yield/return/unwind events sys.monitoring
 * gives for the program's code, recorded by nothing but a bare callback, for comparison.
 */
export async function startRecorder(): Promise<{
  record(code: string, limit?: number): Promise<Recorded>
  reference(code: string): Promise<[kind: string, func: string][]>
}> {
  const pyodide: PyodideInterface = await loadPyodide()
  const decoder = new TextDecoder()
  let printed = ''
  pyodide.setStdout({ write: (bytes) => ((printed += decoder.decode(bytes)), bytes.length) })
  pyodide.setStderr({ write: (bytes) => ((printed += decoder.decode(bytes)), bytes.length) })
  const course = pyodide.toPy({ __name__: '__course__' })
  for (const file of ['runner.py', 'recorder.py']) {
    pyodide.runPython(readFileSync(new URL(`../../playground/python/${file}`, import.meta.url), 'utf8'), { globals: course, filename: '<course>' })
  }
  return {
    async record(code, limit = 5000) {
      printed = ''
      const recorder = course.get('Recorder')(code, limit)
      const namespace = pyodide.toPy({ __name__: '__main__' })
      let error: string | undefined
      try {
        await recordRun(pyodide, { recorder, source: code, namespace })
      } catch (caught) {
        error = caught instanceof Error ? caught.message : String(caught)
      }
      const json: string = recorder.stop()
      recorder.destroy()
      namespace.destroy()
      return { json, printed, error }
    },
    async reference(code) {
      const namespace = pyodide.toPy({ __name__: '__main__', source: code, program: pyodide.toPy({ __name__: '__main__' }) })
      await pyodide.runPythonAsync(referenceProgram, { globals: namespace, filename: '<reference>' }).catch(() => {})
      const order = namespace.get('order').toJs() as [string, string][]
      namespace.destroy()
      return order
    },
  }
}

const referenceProgram = `import sys
from pyodide.code import eval_code_async
monitoring = sys.monitoring
events = monitoring.events
order = []
names = {events.PY_START: "start", events.PY_RESUME: "resume", events.PY_YIELD: "yield", events.PY_RETURN: "return", events.PY_UNWIND: "unwind"}

def listen(event):
    def callback(code, *args):
        if code.co_filename == "main.py":
            order.append((names[event], code.co_qualname))
    return callback

monitoring.use_tool_id(monitoring.PROFILER_ID, "reference")
for event in names:
    monitoring.register_callback(monitoring.PROFILER_ID, event, listen(event))
monitoring.set_events(monitoring.PROFILER_ID, sum(names))
try:
    await eval_code_async(source, program, filename="main.py", return_mode="none")
finally:
    monitoring.set_events(monitoring.PROFILER_ID, 0)
    monitoring.free_tool_id(monitoring.PROFILER_ID)`

/**
 * An exercise checked as the Python worker checks it: the program runs, then, if it finished by
 * itself, the exercise's checks (runner.py's run_check) in its namespace.
 */
export async function startChecker(): Promise<(code: string, checks: string) => Promise<Verdict>> {
  const pyodide: PyodideInterface = await loadPyodide()
  // sys.exit() also rejects Pyodide's internal task, as in the worker; the run already ended.
  process.on('unhandledRejection', (reason) => {
    if ((reason as { type?: string })?.type !== 'SystemExit') throw reason
  })
  pyodide.setStdout({ write: (bytes) => bytes.length })
  pyodide.setStderr({ write: (bytes) => bytes.length })
  const course = pyodide.toPy({ __name__: '__course__' })
  pyodide.runPython(readFileSync(new URL('../../playground/python/runner.py', import.meta.url), 'utf8'), { globals: course, filename: '<course>' })
  return async (code, checks) => {
    const namespace = pyodide.toPy({ __name__: '__main__' })
    let ending: Ending = 'done'
    let failure = ''
    try {
      await pyodide.runPythonAsync(code, { globals: namespace, filename: 'main.py' })
    } catch (error) {
      const { type, message } = error as { type?: string; message?: string }
      ending = type === 'SystemExit' ? 'exit' : 'error'
      failure = String(message ?? error)
    }
    try {
      return await verdictOf(ending, failure, () => course.get('run_check')(checks, namespace, true))
    } finally {
      namespace.destroy()
    }
  }
}
