// The Python worker: real CPython (Pyodide), run inside the sandbox; streams output, caps memory.
import type { PyodideInterface } from 'pyodide'
import type { PyProxy } from 'pyodide/ffi'
import type { Lang, RunnerEvent, WorkerCommand } from '../protocol'
import { capWasmMemory } from '../worker/memory'
import { privateSender, workerScope as self } from '../worker/scope'
import { createOutbox, type Outbox } from '../worker/outbox'
import runnerSource from './runner.py'
import { trimTraceback } from './traceback'

const lang: Lang = 'python'
let post: (event: RunnerEvent) => void = () => {}

let runtime: Promise<{ pyodide: PyodideInterface; runner: PyProxy }> | undefined
let outbox: Outbox | undefined
let memoryRefused = false

async function load(runtimeURL: string, memoryLimitMB: number) {
  capWasmMemory(memoryLimitMB * 1024 * 1024, () => (memoryRefused = true))
  const { loadPyodide } = (await import(/* @vite-ignore */ `${runtimeURL}pyodide.mjs`)) as typeof import('pyodide')
  const pyodide = await loadPyodide({ indexURL: runtimeURL })
  const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() }
  for (const stream of ['stdout', 'stderr'] as const) {
    const write = (bytes: Uint8Array) => {
      outbox?.write(stream, decoders[stream].decode(bytes, { stream: true }))
      return bytes.length
    }
    if (stream === 'stdout') pyodide.setStdout({ write })
    else pyodide.setStderr({ write })
  }
  const namespace = pyodide.toPy({ __name__: '__course__' })
  pyodide.runPython(runnerSource, { globals: namespace, filename: '<course>' })
  post({ kind: 'ready', lang })
  return { pyodide, runner: namespace }
}

const hasJspi = () => typeof (WebAssembly as { Suspending?: unknown }).Suspending === 'function'

async function run(runId: number, code: string, noJspi = false) {
  const { pyodide, runner } = await runtime!
  outbox = createOutbox((chunks) => post({ kind: 'output', lang, runId, chunks }), {
    overflowed: () => post({ kind: 'notice', lang, runId, notice: 'output-limit' }),
  })
  memoryRefused = false
  const globals = pyodide.toPy({ __name__: '__main__' })
  let outcome: 'done' | 'error' = 'done'
  try {
    if (hasJspi() && !noJspi) {
      await pyodide.runPythonAsync(code, { globals, filename: 'main.py' })
    } else {
      const compiled = runner.get('compile_without_jspi')(code, 'main.py')
      if (compiled.get(1)) post({ kind: 'notice', lang, runId, notice: 'asyncio-rewritten' })
      await runner.get('run_compiled')(compiled.get(0), globals)
      compiled.destroy()
    }
  } catch (error) {
    const { type, message } = error as { type?: string; message?: string }
    if (type !== 'SystemExit') {
      outcome = 'error'
      outbox.write('stderr', trimTraceback(String(message ?? error)))
      if (type === 'MemoryError' && memoryRefused) post({ kind: 'notice', lang, runId, notice: 'memory-limit' })
    }
  } finally {
    globals.destroy()
    // What the program left in Python's buffers (a prompt without a newline) belongs to this run.
    pyodide.runPython('import sys\nsys.stdout.flush()\nsys.stderr.flush()')
  }
  outbox.flush()
  post({ kind: 'exit', lang, runId, outcome })
}

// sys.exit() also rejects Pyodide's internal task; the run already ended quietly.
self.addEventListener('unhandledrejection', (event) => {
  if ((event.reason as { type?: string })?.type === 'SystemExit') event.preventDefault()
})

self.onmessage = ({ data }: MessageEvent<WorkerCommand>) => {
  if (data.kind === 'init') {
    post = privateSender<RunnerEvent>(data.port)
    runtime = load(data.runtimeURL, data.memoryLimitMB)
    runtime.catch((error) => post({ kind: 'crash', lang, message: String(error) }))
  } else if (data.kind === 'run') {
    void run(data.runId, data.code, data.noJspi)
  }
}
