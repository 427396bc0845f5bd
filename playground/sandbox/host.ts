// The sandbox host: an opaque-origin iframe of the site that runs programs in workers for the site's own pages only.
import { limits } from '../limits'
import type { HostCommand, Lang, RunnerEvent, WorkerCommand, WorkerLifecycle } from '../protocol'
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

/** A worker whose runtime has loaded; rejects when it could not load. */
async function spawn(lang: Lang): Promise<Runtime> {
  const worker = new Worker(await workerScript(lang))
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
    worker.postMessage({ kind: 'init', runtimeURL, memoryLimitMB: limits.memoryMB, port: channel.port2 } satisfies WorkerCommand, [channel.port2])
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
    else if (data.kind === 'run') void pool.run(data.lang, data.runId, data.code, data.noJspi)
    else if (data.kind === 'stop') pool.stop(data.lang, data.runId)
  })
}
