// The sandbox host: an opaque-origin iframe of the site that runs programs in workers for the site's own pages only.
import { limits } from '../limits'
import type { HostCommand, Lang, RunnerEvent, WorkerCommand, WorkerLifecycle } from '../protocol'
import { snapshotFile } from '../python/snapshot-file'
import { langs } from '../share'
import { RuntimePool, type Runtime } from './runtimes'

/** The site root and origin, from this page's own URL (…/sandbox/index.html). */
const site = new URL('..', location.href)
const siteOrigin = site.origin
const runtimeURL = `${site.href}pyodide/`

/** Blob URLs of the worker scripts; a failed fetch is not kept, so the next try fetches again. */
const scripts = new Map<Lang, Promise<string>>()

function workerScript(lang: Lang): Promise<string> {
  let script = scripts.get(lang)
  if (!script) {
    script = fetch(`${site.href}sandbox/${lang}-worker.js`).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${response.url}`)
      return URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }))
    })
    scripts.set(lang, script)
    script.catch(() => scripts.delete(lang))
  }
  return script
}

let snapshot: Promise<ArrayBuffer> | undefined

/**
 * Python's memory snapshot, fetched and unpacked once for every runtime the page will start. It is
 * stored gzipped; a host that sends it with `Content-Encoding: gzip` has the browser unpack it, so
 * the gzip header decides. A failed fetch is not kept.
 */
function pythonSnapshot(): Promise<ArrayBuffer> {
  snapshot ??= (async () => {
    const response = await fetch(`${runtimeURL}${snapshotFile}`)
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${response.url}`)
    const bytes = await response.arrayBuffer()
    const header = new Uint8Array(bytes, 0, 2)
    if (header[0] !== 0x1f || header[1] !== 0x8b) return bytes
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
  })()
  snapshot.catch(() => (snapshot = undefined))
  return snapshot
}

/** A worker whose runtime has loaded; rejects when it could not load. */
async function spawn(lang: Lang): Promise<Runtime> {
  const [script, memory] = await Promise.all([workerScript(lang), lang === 'python' ? pythonSnapshot() : undefined])
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
    // The worker gets its own copy of the snapshot: restoring writes over it.
    const init: WorkerCommand = { kind: 'init', runtimeURL, memoryLimitMB: limits.memoryMB, port: channel.port2, snapshot: memory?.slice(0) }
    worker.postMessage(init, [channel.port2, ...(init.snapshot ? [init.snapshot] : [])])
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
  policy.content = `connect-src ${runtimeURL} ${site.href}sandbox/; script-src ${runtimeURL} ${site.href}sandbox/ blob: 'wasm-unsafe-eval'`
  document.head.append(policy)

  const pool = new RuntimePool(spawn, toSite)
  addEventListener('message', ({ source, origin, data }: MessageEvent<HostCommand>) => {
    if (source !== parent || origin !== siteOrigin || typeof data !== 'object' || data === null) return
    if (data.kind !== 'ping' && !langs.includes(data.lang)) return
    if (data.kind === 'ping') toSite({ kind: 'alive' })
    else if (data.kind === 'prepare') pool.prepare(data.lang)
    else if (data.kind === 'run') void pool.run(data.lang, data.runId, data.code, {
        noJspi: data.noJspi === true,
        trace: data.trace === true,
        check: typeof data.check === 'string' ? data.check : undefined,
      })
    else if (data.kind === 'stop') pool.stop(data.lang, data.runId)
  })
}
