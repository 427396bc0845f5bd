// Runs a program under the step-through recorder (playground/python/recorder.py), as the worker and the recorder's tests do.
import type { PyodideInterface } from 'pyodide'
import type { PyProxy } from 'pyodide/ffi'

/**
 * The program is compiled as written (top-level `await` allowed, the last expression left alone),
 * so the recorded events are the program's own. `compiled`: the program as runner.py compiles it
 * for a browser without WebAssembly stack switching.
 */
const recordProgram = `from pyodide.code import eval_code_async
recorder.start()
if compiled is not None:
    await run_compiled(compiled, namespace)
else:
    await eval_code_async(source, namespace, filename="main.py", return_mode="none")`

export interface Recording {
  /** A Recorder of recorder.py, made for `source`. */
  recorder: PyProxy
  source: string
  /** The globals the program runs in. */
  namespace: PyProxy
  /** runner.py's run_compiled and the compiled program, for the path without stack switching. */
  compiled?: { code: PyProxy; runCompiled: PyProxy }
}

/** Runs the program with the recorder started; the caller stops the recorder, also after an error. */
export async function recordRun(pyodide: PyodideInterface, { recorder, source, namespace, compiled }: Recording): Promise<void> {
  const harness = pyodide.toPy({ recorder, source, namespace, compiled: compiled?.code, run_compiled: compiled?.runCompiled })
  try {
    await pyodide.runPythonAsync(recordProgram, { globals: harness, filename: '<course>' })
  } finally {
    harness.destroy()
  }
}
