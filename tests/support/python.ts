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
