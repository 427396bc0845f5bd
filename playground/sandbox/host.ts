// The sandbox host: an opaque-origin iframe of the site that runs programs in workers for the site's own pages only.
import { limits } from '../limits'
import type { HostCommand, Lang, RunnerEvent, WorkerCommand, WorkerLifecycle } from '../protocol'
import { langs } from '../share'
import { RuntimePool, type Runtime } from './runtimes'
import { hasRuntimeFiles, pyodideDir, pyodideFiles, runtimeFiles, snapshotPath, workerScriptPath, type RuntimeFiles } from './runtime-files'

/**
 * The site root and origin, from this page's base URL: its own address (…/sandbox/index.html) when
 * loaded from the site, or the base the site's page wrote into it (srcdoc, see frame-document.ts).
 */
const site = new URL('..', document.baseURI)
const siteOrigin = site.origin
const runtimeURL = `${site.href}${pyodideDir}`

/**
 * Written into the frame by the site's page, the host gets the runtime's files from that page, which
 * reads them from its cache offline; loaded by its address, it fetches them itself.
 */
const fromPage = location.href === 'about:srcdoc'

/** The page's answers awaited, by language. */
const asked = new Map<Lang, { resolve(files: RuntimeFiles): void; reject(error: Error): void }>()

function askPage(lang: Lang): Promise<RuntimeFiles> {
  return new Promise((resolve, reject) => {
    asked.set(lang, { resolve, reject })
    toSite({ kind: 'need-files', lang })
  })
}

/** The page's answer to `need-files`: every file, or why it could not get them. */
function received(lang: Lang, files: unknown, error: unknown): void {
  const waiting = asked.get(lang)
  asked.delete(lang)
  if (!waiting) return
  if (hasRuntimeFiles(lang, files)) waiting.resolve(files)
  else waiting.reject(new Error(typeof error === 'string' ? error.slice(0, 500) : 'the page sent no runtime files'))
}

async function fetchFiles(lang: Lang): Promise<RuntimeFiles> {
  const paths = runtimeFiles(lang)
  const blobs = await Promise.all(paths.map(async (path) => {
    const response = await fetch(`${site.href}${path}`)
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${response.url}`)
    return response.blob()
  }))
  return Object.fromEntries(paths.map((path, i) => [path, blobs[i]]))
}

interface Prepared {
  /** The worker script, as a blob URL. */
  script: string
  /** Pyodide's files by name, for the Python worker. */
  pyodide?: Record<string, Blob>
  /** CPython compiled once for every Python worker: each would otherwise compile it again, and warm it up again. */
  wasm?: WebAssembly.Module
  /** Python's memory snapshot, as the site serves it (each worker unpacks its own copy). */
  snapshot?: Blob
}

/** Each language's runtime files, got once for every runtime the page will start; a failure is not kept, so the next try gets them again. */
const prepared = new Map<Lang, Promise<Prepared>>()

function prepareFiles(lang: Lang): Promise<Prepared> {
  let ready = prepared.get(lang)
  if (!ready) {
    ready = (async () => {
      const files = await (fromPage ? askPage(lang) : fetchFiles(lang))
      const script = URL.createObjectURL(new Blob([files[workerScriptPath(lang)]], { type: 'text/javascript' }))
      if (lang !== 'python') return { script }
      const pyodide = Object.fromEntries(pyodideFiles.map((name) => [name, files[`${pyodideDir}${name}`]]))
      const wasm = await WebAssembly.compileStreaming(new Response(pyodide['pyodide.asm.wasm'], { headers: { 'Content-Type': 'application/wasm' } }))
      return { script, pyodide, wasm, snapshot: files[snapshotPath] }
    })()
    prepared.set(lang, ready)
    ready.catch(() => prepared.delete(lang))
  }
  return ready
}

/** A worker whose runtime has loaded; rejects when it could not load. */
async function spawn(lang: Lang): Promise<Runtime> {
  const { script, pyodide, wasm, snapshot } = await prepareFiles(lang)
  const worker = new Worker(script)
  const channel = new MessageChannel()
  let events: ((data: unknown) => void) | undefined
  return new Promise((resolve, reject) => {
    let loaded = false
    const runtime: Runtime = {
      start(run, listener) {
        events = listener
        worker.postMessage({ kind: 'run', ...run } satisfies WorkerCommand)
      },
      terminate() {
        events = undefined
        worker.terminate()
        channel.port1.close()
      },
    }
    const fail = (message: string) => {
      runtime.terminate()
      reject(new Error(message))
    }
    channel.port1.onmessage = ({ data }: MessageEvent<WorkerLifecycle | unknown>) => {
      if (loaded) return events?.(data)
      const lifecycle = data as WorkerLifecycle
      if (lifecycle?.kind === 'loaded') {
        loaded = true
        resolve(runtime)
      } else if (lifecycle?.kind === 'load-failed') fail(String(lifecycle.message))
    }
    worker.onerror = (event) => {
      event.preventDefault()
      const message = event.message || 'the runtime stopped'
      if (loaded) events?.({ kind: 'crash', message })
      else fail(message)
    }
    const init: WorkerCommand = { kind: 'init', runtimeURL, files: pyodide, wasm, snapshot, memoryLimitMB: limits.memoryMB, port: channel.port2 }
    worker.postMessage(init, [channel.port2])
  })
}

const toSite = (event: RunnerEvent | { kind: 'alive' }) => parent.postMessage(event, siteOrigin)


/**
 * Only a sandboxed frame (an opaque origin, so the reader's code cannot reach the site's storage or
 * pages) on one of the site's own pages runs anything. Framed anywhere else, or opened on its own,
 * the host does nothing at all.
 */
const sandboxedOnSite = self.origin === 'null' && parent !== self

if (sandboxedOnSite) {
  // Narrow the network to the runtime's own files: this policy adds to the one in index.html, and
  // workers created from here on inherit both.
  const policy = document.createElement('meta')
  policy.httpEquiv = 'Content-Security-Policy'
  policy.content = `connect-src ${runtimeURL} ${site.href}sandbox/; script-src blob: 'wasm-unsafe-eval'`
  document.head.append(policy)

  // One runtime waits per language: a run starts at once, and the next loads while it runs. Each
  // more would hold another 31 MB heap on the reader's phone and load beside the run for a rare
  // second run within the second after the first.
  const pool = new RuntimePool(spawn, toSite, { spares: 1 })
  addEventListener('message', ({ source, origin, data }: MessageEvent<HostCommand>) => {
    if (source !== parent || origin !== siteOrigin || typeof data !== 'object' || data === null) return
    if (data.kind !== 'ping' && !langs.includes(data.lang)) return
    if (data.kind === 'ping') toSite({ kind: 'alive' })
    else if (data.kind === 'files') received(data.lang, data.files, data.error)
    else if (data.kind === 'prepare') pool.prepare(data.lang)
    else if (data.kind === 'run') void pool.run(data.lang, data.runId, data.code, {
        noJspi: data.noJspi === true,
        trace: data.trace === true,
        check: typeof data.check === 'string' ? data.check : undefined,
      })
    else if (data.kind === 'stop') pool.stop(data.lang, data.runId)
  })
}
