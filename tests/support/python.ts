// Runs a Python program on the site's own CPython (Pyodide in Node) and collects what it prints.
import { loadPyodide, type PyodideInterface } from 'pyodide'

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
