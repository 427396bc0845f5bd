// The Python worker: real CPython (Pyodide) restored from the build's memory snapshot; runs one program, streams output, caps memory.
import type { PyodideInterface } from 'pyodide'
import type { PyProxy } from 'pyodide/ffi'
import type { Lang, RunFlags, RunnerEvent, WorkerCommand, WorkerLifecycle } from '../protocol'
import { capWasmMemory } from '../worker/memory'
import { privateSender, workerScope as self } from '../worker/scope'
import { createOutbox, type Outbox } from '../worker/outbox'
import { limits } from '../limits'
import { recordRun } from './record'
import { verdictOf, type Ending } from './verdict'
import recorderSource from './recorder.py'
import runnerSource from './runner.py'
import { trimTraceback } from './traceback'
import { engineTrampoline } from './trampoline'
import { filesFetch } from './served-files'
import { withCompiledModule } from './precompiled'
import { unpackSnapshot } from './snapshot-file'

const lang: Lang = 'python'
let post: (event: RunnerEvent | WorkerLifecycle) => void = () => {}

let runtime: Promise<{ pyodide: PyodideInterface; runner: PyProxy }> | undefined
let outbox: Outbox | undefined
let memoryRefused = false

async function load(runtimeURL: string, files: Record<string, Blob>, memoryLimitMB: number, snapshot: Blob, wasm?: WebAssembly.Module) {
  capWasmMemory(memoryLimitMB * 1024 * 1024, () => (memoryRefused = true))
  // Pyodide's files come from the host, not the network: the sandbox's frame may be offline.
  const moduleURL = (name: string) => URL.createObjectURL(new Blob([files[name]], { type: 'text/javascript' }))
  const [{ loadPyodide }, { default: createModule }, memory] = await Promise.all([
    import(/* @vite-ignore */ moduleURL('pyodide.mjs')) as Promise<typeof import('pyodide')>,
    import(/* @vite-ignore */ moduleURL('pyodide.asm.mjs')),
    unpackSnapshot(snapshot),
  ])
  const trampoline = engineTrampoline(createModule)
  const networkFetch = globalThis.fetch
  globalThis.fetch = filesFetch(runtimeURL, files, networkFetch)
  let pyodide: PyodideInterface
  try {
    pyodide = await loadPyodide({
      indexURL: runtimeURL,
      _loadSnapshot: memory,
      createPyodideModule: (settings) => trampoline.create(withCompiledModule(settings, wasm)),
    })
  } finally {
    globalThis.fetch = networkFetch
  }
  trampoline.restore(pyodide)
  const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() }
  for (const stream of ['stdout', 'stderr'] as const) {
    const write = (bytes: Uint8Array) => {
      outbox?.write(stream, decoders[stream].decode(bytes, { stream: true }))
      return bytes.length
    }
    if (stream === 'stdout') pyodide.setStdout({ write })
    else pyodide.setStderr({ write })
  }
  const runner = pyodide.toPy({ __name__: '__course__' })
  pyodide.runPython(runnerSource, { globals: runner, filename: '<course>' })
  pyodide.runPython(recorderSource, { globals: runner, filename: '<course>' })
  // A first run is slow in a fresh interpreter: the engine has not compiled the paths it takes yet.
  // This one, in a namespace of its own and before any output is wired to a run, takes them now.
  await pyodide.runPythonAsync(warmUp(), { globals: pyodide.toPy({ __name__: '__warm_up__' }), filename: '<course>' })
  // The step-through's recorder likewise: a recorded run is then as quick as the reader's first.
  const recorder = runner.get('Recorder')(recordedWarmUp, 100)
  await recordRun(pyodide, { recorder, source: recordedWarmUp, namespace: pyodide.toPy({ __name__: '__warm_up__' }) })
  recorder.stop()
  recorder.destroy()
  return { pyodide, runner }
}

/** Goes the way a reader's program goes: compiled, run, through asyncio.run (where the engine can) and an awaited sleep, printing. */
const warmUp = () =>
  `import asyncio\nasync def main():\n    await asyncio.sleep(0)\n    print(end="")\n${hasJspi() ? 'asyncio.run(main())' : 'await main()'}`

/** An async generator in an async for, awaited at the top level (no asyncio.run: it runs with or without stack switching). */
const recordedWarmUp = `import asyncio\nasync def numbers():\n    yield 1\nasync def main():\n    async for n in numbers():\n        await asyncio.sleep(0)\nawait main()`

const hasJspi = () => typeof (WebAssembly as { Suspending?: unknown }).Suspending === 'function'

async function run(runId: number, code: string, { noJspi = false, trace = false, check }: RunFlags) {
  const { pyodide, runner } = await runtime!
  outbox = createOutbox((chunks) => post({ kind: 'output', lang, runId, chunks }), {
    overflowed: () => post({ kind: 'notice', lang, runId, notice: 'output-limit' }),
  })
  memoryRefused = false
  const globals = pyodide.toPy({ __name__: '__main__' })
  let outcome: Ending = 'done'
  let failure = ''
  const recorder = trace ? runner.get('Recorder')(code, limits.traceSteps) : undefined
  try {
    if (recorder) {
      const jspi = hasJspi() && !noJspi
      const compiled = jspi ? undefined : runner.get('compile_without_jspi')(code, 'main.py')
      if (compiled?.get(1)) post({ kind: 'notice', lang, runId, notice: 'asyncio-rewritten' })
      await recordRun(pyodide, {
        recorder,
        source: code,
        namespace: globals,
        compiled: compiled && { code: compiled.get(0), runCompiled: runner.get('run_compiled') },
      })
    } else if (hasJspi() && !noJspi) {
      await pyodide.runPythonAsync(code, { globals, filename: 'main.py' })
    } else {
      const compiled = runner.get('compile_without_jspi')(code, 'main.py')
      if (compiled.get(1)) post({ kind: 'notice', lang, runId, notice: 'asyncio-rewritten' })
      await runner.get('run_compiled')(compiled.get(0), globals)
    }
  } catch (error) {
    const { type, message } = error as { type?: string; message?: string }
    if (type === 'SystemExit') outcome = 'exit'
    else {
      outcome = 'error'
      failure = trimTraceback(String(message ?? error))
      outbox.write('stderr', failure)
      if (type === 'MemoryError' && memoryRefused) post({ kind: 'notice', lang, runId, notice: 'memory-limit' })
    }
  } finally {
    // What the program left in Python's buffers (a prompt without a newline) belongs to this run.
    pyodide.runPython('import sys\nsys.stdout.flush()\nsys.stderr.flush()')
    if (recorder) post({ kind: 'trace', lang, runId, trace: recorder.stop() })
  }
  if (check !== undefined) {
    const verdict = await verdictOf(outcome, failure, () => runner.get('run_check')(check, globals, hasJspi() && !noJspi))
    pyodide.runPython('import sys\nsys.stdout.flush()\nsys.stderr.flush()')
    post({ kind: 'verdict', lang, runId, verdict })
  }
  outbox.flush()
  // The host terminates this worker on exit: tasks the program left running end with it.
  post({ kind: 'exit', lang, runId, outcome: outcome === 'error' ? 'error' : 'done' })
}

// Pyodide probes for a classic worker with importScripts("data:…"): the browser reports the probe's
// error here although Pyodide catches it. While loading, the load's own outcome is what counts.
let loading = true
self.addEventListener('error', (event) => {
  if (loading) event.preventDefault()
})

// sys.exit() also rejects Pyodide's internal task; the run already ended quietly.
self.addEventListener('unhandledrejection', (event) => {
  if ((event.reason as { type?: string })?.type === 'SystemExit') event.preventDefault()
})

self.onmessage = ({ data }: MessageEvent<WorkerCommand>) => {
  if (data.kind === 'init' && !runtime) {
    post = privateSender<RunnerEvent | WorkerLifecycle>(data.port)
    runtime = load(data.runtimeURL, data.files ?? {}, data.memoryLimitMB, data.snapshot!, data.wasm)
    runtime.then(
      () => post({ kind: 'loaded' }),
      (error) => post({ kind: 'load-failed', message: String(error) }),
    ).finally(() => (loading = false))
  } else if (data.kind === 'run' && runtime && !outbox) {
    void run(data.runId, data.code, data)
  }
}
