// The sandbox host: an opaque-origin iframe that runs one worker per language and relays its events.
import type { HostCommand, Lang, WorkerCommand } from '../protocol'

/** The site root, from this page's own URL (…/sandbox/index.html). */
const site = new URL('..', location.href).href
const runtimeURL = `${site}pyodide/`
const memoryLimitMB = 1024

// Narrow the network to the runtime's own files, now that the site's address is known: this policy
// adds to the one in index.html, and workers created from here on inherit both.
const policy = document.createElement('meta')
policy.httpEquiv = 'Content-Security-Policy'
policy.content = `connect-src ${runtimeURL} ${site}sandbox/; script-src ${runtimeURL} ${site}sandbox/ blob: 'wasm-unsafe-eval'`
document.head.append(policy)

const sources = new Map<Lang, Promise<string>>()
const workers = new Map<Lang, Worker>()

function source(lang: Lang): Promise<string> {
  if (!sources.has(lang)) sources.set(lang, fetch(`${site}sandbox/${lang}-worker.js`).then((r) => r.text()))
  return sources.get(lang)!
}

async function spawn(lang: Lang): Promise<Worker> {
  const url = URL.createObjectURL(new Blob([await source(lang)], { type: 'text/javascript' }))
  const worker = new Worker(url)
  const channel = new MessageChannel()
  channel.port1.onmessage = ({ data }) => {
    // The worker runs the reader's code: pass on objects only, stamped with the worker's real language.
    if (typeof data === 'object' && data !== null && workers.get(lang) === worker) parent.postMessage({ ...data, lang }, '*')
  }
  worker.onerror = (event) => {
    event.preventDefault()
    if (workers.get(lang) === worker) parent.postMessage({ kind: 'crash', lang, message: event.message || 'the runtime stopped' }, '*')
  }
  worker.postMessage({ kind: 'init', runtimeURL, memoryLimitMB, port: channel.port2 } satisfies WorkerCommand, [channel.port2])
  workers.set(lang, worker)
  return worker
}

const ready = new Map<Lang, Promise<Worker>>()
const workerFor = (lang: Lang) => {
  if (!ready.has(lang)) ready.set(lang, spawn(lang))
  return ready.get(lang)!
}

addEventListener('message', async ({ source: sender, data }: MessageEvent<HostCommand>) => {
  if (sender !== parent || typeof data !== 'object' || data === null) return
  if (data.kind === 'prepare') await workerFor(data.lang)
  else if (data.kind === 'run') (await workerFor(data.lang)).postMessage({ kind: 'run', runId: data.runId, code: data.code, noJspi: data.noJspi } satisfies WorkerCommand)
  else if (data.kind === 'stop') {
    const current = await ready.get(data.lang)
    current?.terminate()
    workers.delete(data.lang)
    ready.delete(data.lang)
    // A fresh runtime starts loading at once, so the next Run does not wait for it.
    void workerFor(data.lang)
  }
})
